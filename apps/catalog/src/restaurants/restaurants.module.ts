import { Module } from '@nestjs/common';
import { documentStoreProvider } from '@platter/storage';
import { CatalogConfig } from '../catalog.config';
import { ApproveRestaurantRpc } from './commands/approve-restaurant/approve-restaurant.rpc';
import { ApproveRestaurantService } from './commands/approve-restaurant/approve-restaurant.service';
import { CreateRestaurantRpc } from './commands/create-restaurant/create-restaurant.rpc';
import { CreateRestaurantService } from './commands/create-restaurant/create-restaurant.service';
import { ReviewRestaurantRpc } from './commands/review-restaurant/review-restaurant.rpc';
import { ReviewRestaurantService } from './commands/review-restaurant/review-restaurant.service';
import { UpdateProfileRpc } from './commands/update-profile/update-profile.rpc';
import { UpdateProfileService } from './commands/update-profile/update-profile.service';
import { RestaurantDocumentsRpc } from './documents/restaurant-documents.rpc';
import { RestaurantDocumentsService } from './documents/restaurant-documents.service';
import { AdminGetRestaurantRpc } from './queries/admin-get-restaurant/admin-get-restaurant.rpc';
import { AdminListRestaurantsRpc } from './queries/admin-list-restaurants/admin-list-restaurants.rpc';
import { GetMyRestaurantRpc } from './queries/get-my-restaurant/get-my-restaurant.rpc';
import { ChangePlanService } from './subscription/change-plan.service';
import { SubscriptionRpc } from './subscription/subscription.rpc';

@Module({
  controllers: [
    CreateRestaurantRpc,
    ApproveRestaurantRpc,
    ReviewRestaurantRpc,
    UpdateProfileRpc,
    GetMyRestaurantRpc,
    AdminListRestaurantsRpc,
    AdminGetRestaurantRpc,
    RestaurantDocumentsRpc,
    SubscriptionRpc,
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
