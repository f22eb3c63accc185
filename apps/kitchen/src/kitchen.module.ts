import { Module } from '@nestjs/common';
import { PlatformModule } from '@platter/service-kit';
import { KitchenConfig } from './kitchen.config';
import { MenuItemCopy } from './menu-items/menu-item-copy.entity';
import { MenuItemsModule } from './menu-items/menu-items.module';
import { kitchenMigrations } from './migrations';
import { RestaurantSetting } from './settings/restaurant-setting.entity';
import { SettingsModule } from './settings/settings.module';
import { Ticket } from './tickets/ticket.entity';
import { TicketsModule } from './tickets/tickets.module';

export const kitchenEntities = [Ticket, MenuItemCopy, RestaurantSetting];

export function kitchenModule(config: KitchenConfig) {
  @Module({
    imports: [
      PlatformModule.forService({ service: 'kitchen', config, database: { entities: kitchenEntities, migrations: kitchenMigrations } }),
      TicketsModule,
      MenuItemsModule,
      SettingsModule,
    ],
  })
  class KitchenModule {}
  return KitchenModule;
}
