import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ImportMenuRequest, MenuImportData, MenuImportResult, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { ImportMenuService } from './import-menu.service';

@Controller()
export class ImportMenuRpc {
  constructor(private readonly importMenu: ImportMenuService) {}

  @RpcEndpoint(RPC.catalog.importMenu)
  async handle(@Payload() req: RpcRequest<MenuImportData>): Promise<MenuImportResult> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.importMenu.import(actor, validData(ImportMenuRequest, req.data));
  }
}
