import { Module } from '@nestjs/common';
import { documentStoreProvider } from '@platter/storage';
import { CatalogConfig } from '../catalog.config';
import { ApproveRestaurantHandler } from './commands/approve-restaurant/approve-restaurant.handler';
import { ApproveRestaurantService } from './commands/approve-restaurant/approve-restaurant.service';
import { CreateRestaurantHandler } from './commands/create-restaurant/create-restaurant.handler';
import { CreateRestaurantService } from './commands/create-restaurant/create-restaurant.service';
import { ReviewRestaurantHandler } from './commands/review-restaurant/review-restaurant.handler';
import { ReviewRestaurantService } from './commands/review-restaurant/review-restaurant.service';
import { UpdateProfileHandler } from './commands/update-profile/update-profile.handler';
import { UpdateProfileService } from './commands/update-profile/update-profile.service';
import { RestaurantDocumentsHandler } from './documents/restaurant-documents.handler';
import { RestaurantDocumentsService } from './documents/restaurant-documents.service';
import { AdminGetRestaurantHandler } from './queries/admin-get-restaurant/admin-get-restaurant.handler';
import { AdminListRestaurantsHandler } from './queries/admin-list-restaurants/admin-list-restaurants.handler';
import { GetMyRestaurantHandler } from './queries/get-my-restaurant/get-my-restaurant.handler';
import { ChangePlanService } from './subscription/change-plan.service';
import { SubscriptionHandler } from './subscription/subscription.handler';

@Module({
  controllers: [
    CreateRestaurantHandler,
    ApproveRestaurantHandler,
    ReviewRestaurantHandler,
    UpdateProfileHandler,
    GetMyRestaurantHandler,
    AdminListRestaurantsHandler,
    AdminGetRestaurantHandler,
    RestaurantDocumentsHandler,
    SubscriptionHandler,
  ],
  providers: [
    CreateRestaurantService,
    ApproveRestaurantService,
    ReviewRestaurantService,
    UpdateProfileService,
    RestaurantDocumentsService,
    ChangePlanService,
    documentStoreProvider(CatalogConfig),
  ],
})
export class RestaurantsModule {}
