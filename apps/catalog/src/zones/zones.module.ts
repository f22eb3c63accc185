import { Module } from '@nestjs/common';
import { RestaurantAccessModule } from '../restaurants/restaurant-access.module';
import { CreateZoneRpc } from './commands/create-zone/create-zone.rpc';
import { CreateZoneService } from './commands/create-zone/create-zone.service';
import { DeleteZoneRpc } from './commands/delete-zone/delete-zone.rpc';
import { DeleteZoneService } from './commands/delete-zone/delete-zone.service';
import { UpdateZoneRpc } from './commands/update-zone/update-zone.rpc';
import { UpdateZoneService } from './commands/update-zone/update-zone.service';
import { DeliveryZoneRepository } from './delivery-zone.repository';
import { GetDeliveryQuoteRpc } from './queries/get-delivery-quote/get-delivery-quote.rpc';
import { GetDeliveryQuoteService } from './queries/get-delivery-quote/get-delivery-quote.service';
import { ListMyZonesRpc } from './queries/list-my-zones/list-my-zones.rpc';
import { ListMyZonesService } from './queries/list-my-zones/list-my-zones.service';

@Module({
  imports: [RestaurantAccessModule],
  controllers: [CreateZoneRpc, UpdateZoneRpc, DeleteZoneRpc, ListMyZonesRpc, GetDeliveryQuoteRpc],
  providers: [DeliveryZoneRepository, CreateZoneService, UpdateZoneService, DeleteZoneService, ListMyZonesService, GetDeliveryQuoteService],
  // Restaurants moves a restaurant's radius zones along with it.
  exports: [DeliveryZoneRepository],
})
export class ZonesModule {}
