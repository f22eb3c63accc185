import { Module } from '@nestjs/common';
import { CopyMenuItemService } from './commands/copy-menu-item/copy-menu-item.service';
import { MenuItemChangedHandler } from './commands/copy-menu-item/menu-item-changed.handler';
import { CopyRestaurantService } from './commands/copy-restaurant/copy-restaurant.service';
import { RestaurantApprovedHandler } from './commands/copy-restaurant/restaurant-approved.handler';

@Module({
  controllers: [RestaurantApprovedHandler, MenuItemChangedHandler],
  providers: [CopyRestaurantService, CopyMenuItemService],
})
export class ReplicasModule {}
