import { Module } from '@nestjs/common';
import { CopyMenuItemService } from './commands/copy-menu-item/copy-menu-item.service';
import { MenuItemChangedHandler } from './commands/copy-menu-item/menu-item-changed.handler';
import { SetItemAvailabilityHandler } from './commands/set-item-availability/set-item-availability.handler';
import { SetItemAvailabilityService } from './commands/set-item-availability/set-item-availability.service';
import { ListItemsHandler } from './queries/list-items/list-items.handler';

/** The kitchen's copy of its menu, and 86'ing items during service. */
@Module({
  controllers: [MenuItemChangedHandler, SetItemAvailabilityHandler, ListItemsHandler],
  providers: [CopyMenuItemService, SetItemAvailabilityService],
})
export class MenuItemsModule {}
