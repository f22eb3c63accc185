import { Module } from '@nestjs/common';
import { CreateZoneRpc } from './commands/create-zone/create-zone.rpc';
import { CreateZoneService } from './commands/create-zone/create-zone.service';
import { DeleteZoneRpc } from './commands/delete-zone/delete-zone.rpc';
import { DeleteZoneService } from './commands/delete-zone/delete-zone.service';
import { UpdateZoneRpc } from './commands/update-zone/update-zone.rpc';
import { UpdateZoneService } from './commands/update-zone/update-zone.service';
import { GetDeliveryQuoteRpc } from './queries/get-delivery-quote/get-delivery-quote.rpc';
import { ListMyZonesRpc } from './queries/list-my-zones/list-my-zones.rpc';

@Module({
  controllers: [CreateZoneRpc, UpdateZoneRpc, DeleteZoneRpc, ListMyZonesRpc, GetDeliveryQuoteRpc],
  providers: [CreateZoneService, UpdateZoneService, DeleteZoneService],
})
export class ZonesModule {}
