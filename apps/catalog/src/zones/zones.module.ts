import { Module } from '@nestjs/common';
import { CreateZoneHandler } from './commands/create-zone/create-zone.handler';
import { CreateZoneService } from './commands/create-zone/create-zone.service';
import { DeleteZoneHandler } from './commands/delete-zone/delete-zone.handler';
import { DeleteZoneService } from './commands/delete-zone/delete-zone.service';
import { UpdateZoneHandler } from './commands/update-zone/update-zone.handler';
import { UpdateZoneService } from './commands/update-zone/update-zone.service';
import { GetDeliveryQuoteHandler } from './queries/get-delivery-quote/get-delivery-quote.handler';
import { ListMyZonesHandler } from './queries/list-my-zones/list-my-zones.handler';

@Module({
  controllers: [CreateZoneHandler, UpdateZoneHandler, DeleteZoneHandler, ListMyZonesHandler, GetDeliveryQuoteHandler],
  providers: [CreateZoneService, UpdateZoneService, DeleteZoneService],
})
export class ZonesModule {}
