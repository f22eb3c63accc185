import { Module } from '@nestjs/common';
import { AdminRestaurantsController } from './admin-restaurants.controller';
import { PublicRestaurantsController } from './public-restaurants.controller';
import { RestaurantMenuController } from './restaurant-menu.controller';
import { RestaurantProfileController } from './restaurant-profile.controller';

/** /restaurant/profile, /restaurant/menu/*, /admin/restaurants/*, /public/restaurants/* → catalog. */
@Module({ controllers: [RestaurantProfileController, RestaurantMenuController, AdminRestaurantsController, PublicRestaurantsController] })
export class CatalogRoutesModule {}
