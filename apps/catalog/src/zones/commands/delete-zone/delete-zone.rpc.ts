import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { IdData, RPC, RpcRequest } from '@platter/contracts';
import { IdRequest, requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { DeleteZoneService } from './delete-zone.service';

@Controller()
export class DeleteZoneRpc {
  constructor(private readonly deleteZone: DeleteZoneService) {}

  @RpcEndpoint(RPC.catalog.deleteZone)
  async handle(@Payload() req: RpcRequest<IdData>): Promise<{ deleted: true }> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    await this.deleteZone.delete(actor, validData(IdRequest, req.data).id);
    return { deleted: true };
  }
}
