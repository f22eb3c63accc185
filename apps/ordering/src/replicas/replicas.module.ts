import { Module } from '@nestjs/common';
import { CopyDeliveryZoneService } from './commands/copy-delivery-zone/copy-delivery-zone.service';
import { DeliveryZoneChangedHandler } from './commands/copy-delivery-zone/delivery-zone-changed.handler';
import { CopyMenuItemService } from './commands/copy-menu-item/copy-menu-item.service';
import { MenuItemChangedHandler } from './commands/copy-menu-item/menu-item-changed.handler';
import { CopyRestaurantService } from './commands/copy-restaurant/copy-restaurant.service';
import { RestaurantApprovedHandler } from './commands/copy-restaurant/restaurant-approved.handler';
import { CopyRestaurantConfigService } from './commands/copy-restaurant-config/copy-restaurant-config.service';
import { RestaurantConfigChangedHandler } from './commands/copy-restaurant-config/restaurant-config-changed.handler';
import { RestaurantUpdatedHandler } from './commands/track-restaurant-profile/restaurant-updated.handler';
import { TrackRestaurantProfileService } from './commands/track-restaurant-profile/track-restaurant-profile.service';
import { RestaurantStatusChangedHandler } from './commands/track-restaurant-status/restaurant-status-changed.handler';
import { TrackRestaurantStatusService } from './commands/track-restaurant-status/track-restaurant-status.service';
import { DeliveryZoneReplicaRepository } from './delivery-zone-replica.repository';
import { MenuItemReplicaRepository } from './menu-item-replica.repository';
import { RestaurantConfigReplicaRepository } from './restaurant-config-replica.repository';
import { RestaurantReplicaRepository } from './restaurant-replica.repository';

@Module({
  controllers: [RestaurantApprovedHandler, RestaurantStatusChangedHandler, RestaurantUpdatedHandler, MenuItemChangedHandler, DeliveryZoneChangedHandler, RestaurantConfigChangedHandler],
  providers: [
    CopyRestaurantService, TrackRestaurantStatusService, TrackRestaurantProfileService, CopyMenuItemService, CopyDeliveryZoneService, CopyRestaurantConfigService,
    RestaurantReplicaRepository, MenuItemReplicaRepository, DeliveryZoneReplicaRepository, RestaurantConfigReplicaRepository,
  ],
})
export class ReplicasModule {}
