import { Module } from '@nestjs/common';
import { CopyDeliveryZoneService } from './commands/copy-delivery-zone/copy-delivery-zone.service';
import { DeliveryZoneChangedConsumer } from './commands/copy-delivery-zone/delivery-zone-changed.consumer';
import { CopyMenuItemService } from './commands/copy-menu-item/copy-menu-item.service';
import { MenuItemChangedConsumer } from './commands/copy-menu-item/menu-item-changed.consumer';
import { CopyRestaurantService } from './commands/copy-restaurant/copy-restaurant.service';
import { RestaurantApprovedConsumer } from './commands/copy-restaurant/restaurant-approved.consumer';
import { CopyRestaurantConfigService } from './commands/copy-restaurant-config/copy-restaurant-config.service';
import { RestaurantConfigChangedConsumer } from './commands/copy-restaurant-config/restaurant-config-changed.consumer';
import { RestaurantUpdatedConsumer } from './commands/track-restaurant-profile/restaurant-updated.consumer';
import { TrackRestaurantProfileService } from './commands/track-restaurant-profile/track-restaurant-profile.service';
import { RestaurantStatusChangedConsumer } from './commands/track-restaurant-status/restaurant-status-changed.consumer';
import { TrackRestaurantStatusService } from './commands/track-restaurant-status/track-restaurant-status.service';
import { DeliveryZoneReplicaRepository } from './delivery-zone-replica.repository';
import { MenuItemReplicaRepository } from './menu-item-replica.repository';
import { RestaurantConfigReplicaRepository } from './restaurant-config-replica.repository';
import { RestaurantReplicaRepository } from './restaurant-replica.repository';

@Module({
  controllers: [RestaurantApprovedConsumer, RestaurantStatusChangedConsumer, RestaurantUpdatedConsumer, MenuItemChangedConsumer, DeliveryZoneChangedConsumer, RestaurantConfigChangedConsumer],
  providers: [
    CopyRestaurantService, TrackRestaurantStatusService, TrackRestaurantProfileService, CopyMenuItemService, CopyDeliveryZoneService, CopyRestaurantConfigService,
    RestaurantReplicaRepository, MenuItemReplicaRepository, DeliveryZoneReplicaRepository, RestaurantConfigReplicaRepository,
  ],
  // Orders place against the copies (restaurant, menu, zones, settings); coupons find the actor's restaurant.
  exports: [RestaurantReplicaRepository, MenuItemReplicaRepository, DeliveryZoneReplicaRepository, RestaurantConfigReplicaRepository],
})
export class ReplicasModule {}
