import { Module } from '@nestjs/common';
import { AdminRestaurantsController } from './admin-restaurants.controller';
import { ProductsController } from './products.controller';
import { PublicRestaurantsController } from './public-restaurants.controller';
import { RestaurantMenuController } from './restaurant-menu.controller';
import { RestaurantDocumentsController } from './restaurant-documents.controller';
import { RestaurantProfileController } from './restaurant-profile.controller';
import { RestaurantSubscriptionController } from './restaurant-subscription.controller';
import { PublicDeliveryQuoteController, RestaurantZonesController } from './restaurant-zones.controller';

/** /restaurant/profile, /restaurant/menu/*, /restaurant/zones/*, /admin/restaurants/*, /public/restaurants/* → catalog. */
@Module({ controllers: [RestaurantProfileController, RestaurantDocumentsController, RestaurantSubscriptionController, RestaurantMenuController, AdminRestaurantsController, PublicRestaurantsController, ProductsController, RestaurantZonesController, PublicDeliveryQuoteController] })
export class CatalogRoutesModule {}
