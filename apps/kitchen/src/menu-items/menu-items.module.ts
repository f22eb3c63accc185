import { Module } from '@nestjs/common';
import { CopyMenuItemService } from './commands/copy-menu-item/copy-menu-item.service';
import { MenuItemChangedConsumer } from './commands/copy-menu-item/menu-item-changed.consumer';
import { SetItemAvailabilityRpc } from './commands/set-item-availability/set-item-availability.rpc';
import { SetItemAvailabilityService } from './commands/set-item-availability/set-item-availability.service';
import { MenuItemCopyRepository } from './menu-item-copy.repository';
import { ListItemsRpc } from './queries/list-items/list-items.rpc';

/** The kitchen's copy of its menu, and 86'ing items during service. */
@Module({
  controllers: [MenuItemChangedConsumer, SetItemAvailabilityRpc, ListItemsRpc],
  providers: [MenuItemCopyRepository, CopyMenuItemService, SetItemAvailabilityService],
})
export class MenuItemsModule {}
