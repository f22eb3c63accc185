import { Module } from '@nestjs/common';
import { PlatformModule } from '@platter/service-kit';
import { CatalogConfig } from './catalog.config';
import { MenuCategory } from './menu/menu-category.entity';
import { MenuItem } from './menu/menu-item.entity';
import { MenuModule } from './menu/menu.module';
import { catalogMigrations } from './migrations';
import { Restaurant } from './restaurants/restaurant.entity';
import { RestaurantsModule } from './restaurants/restaurants.module';

export function catalogModule(config: CatalogConfig) {
  @Module({
    imports: [
      PlatformModule.forService({
        service: 'catalog',
        config,
        database: { entities: [Restaurant, MenuCategory, MenuItem], migrations: catalogMigrations },
      }),
      RestaurantsModule,
      MenuModule,
    ],
  })
  class CatalogModule {}
  return CatalogModule;
}
