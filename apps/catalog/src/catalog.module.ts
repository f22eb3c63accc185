import { Module } from '@nestjs/common';
import { PlatformModule } from '@platter/service-kit';
import { BrowseModule } from './browse/browse.module';
import { CatalogConfig } from './catalog.config';
import { MenuCategory } from './menu/menu-category.entity';
import { MenuItem } from './menu/menu-item.entity';
import { ItemVariant } from './menu/item-variant.entity';
import { MenuModule } from './menu/menu.module';
import { ModifierGroup } from './menu/modifier-group.entity';
import { ModifierOption } from './menu/modifier-option.entity';
import { catalogMigrations } from './migrations';
import { ProductsModule } from './products/products.module';
import { RestaurantDocument } from './restaurants/documents/restaurant-document.entity';
import { Restaurant } from './restaurants/restaurant.entity';
import { RestaurantsModule } from './restaurants/restaurants.module';
import { DeliveryZone } from './zones/delivery-zone.entity';
import { ZonesModule } from './zones/zones.module';

export function catalogModule(config: CatalogConfig) {
  @Module({
    imports: [
      PlatformModule.forService({
        service: 'catalog',
        config,
        database: { entities: [Restaurant, RestaurantDocument, MenuCategory, MenuItem, ItemVariant, ModifierGroup, ModifierOption, DeliveryZone], migrations: catalogMigrations },
      }),
      RestaurantsModule,
      MenuModule,
      ProductsModule,
      BrowseModule,
      ZonesModule,
    ],
  })
  class CatalogModule {}
  return CatalogModule;
}
