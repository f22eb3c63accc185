import { PortOverride, createFeatureTestingModule } from '@platter/testing';
import { KitchenConfig } from '../kitchen.config';
import { kitchenEntities } from '../kitchen.module';
import { MenuItemsModule } from '../menu-items/menu-items.module';
import { kitchenMigrations } from '../migrations';
import { SettingsModule } from '../settings/settings.module';
import { TicketsModule } from '../tickets/tickets.module';

/** Kitchen's feature modules, as kitchenModule() imports them (without the platform). */
export const KITCHEN_FEATURES = [TicketsModule, MenuItemsModule, SettingsModule];

/**
 * Kitchen built by Nest from its own feature modules over a fresh schema with kitchen's tables
 * (close() drops it), with `overrides` replacing ports. Use `bed.get(X)` for any use case or adapter.
 */
export function kitchenServices(config: KitchenConfig = new KitchenConfig(), overrides: PortOverride[] = []) {
  return createFeatureTestingModule({
    service: 'kitchen',
    database: { entities: kitchenEntities, migrations: kitchenMigrations },
    imports: KITCHEN_FEATURES,
    config,
    overrides,
  });
}
