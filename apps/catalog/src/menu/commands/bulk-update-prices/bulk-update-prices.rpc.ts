import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { BulkPriceData, BulkPriceRequest, MenuItemView, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { BulkUpdatePricesService } from './bulk-update-prices.service';

@Controller()
export class BulkUpdatePricesRpc {
  constructor(private readonly bulkPrices: BulkUpdatePricesService) {}

  @RpcEndpoint(RPC.catalog.bulkPrice)
  async handle(@Payload() req: RpcRequest<BulkPriceData>): Promise<{ items: MenuItemView[] }> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.bulkPrices.update(actor, validData(BulkPriceRequest, req.data));
  }
}
