import { Module } from '@nestjs/common';
import { documentStoreProvider } from '@platter/storage';
import { CatalogConfig } from '../catalog.config';
import { ChangePlanRpc } from './commands/change-plan/change-plan.rpc';
import { ChangePlanService } from './commands/change-plan/change-plan.service';
import { UploadDocumentRpc } from './commands/upload-document/upload-document.rpc';
import { AdminGetDocumentRpc } from './queries/admin-get-document/admin-get-document.rpc';
import { GetSubscriptionRpc } from './queries/get-subscription/get-subscription.rpc';
import { ListMyDocumentsRpc } from './queries/list-my-documents/list-my-documents.rpc';
import { ApproveRestaurantRpc } from './commands/approve-restaurant/approve-restaurant.rpc';
import { ApproveRestaurantService } from './commands/approve-restaurant/approve-restaurant.service';
import { CreateRestaurantRpc } from './commands/create-restaurant/create-restaurant.rpc';
import { CreateRestaurantService } from './commands/create-restaurant/create-restaurant.service';
import { ReviewRestaurantRpc } from './commands/review-restaurant/review-restaurant.rpc';
import { ReviewRestaurantService } from './commands/review-restaurant/review-restaurant.service';
import { UpdateProfileRpc } from './commands/update-profile/update-profile.rpc';
import { UpdateProfileService } from './commands/update-profile/update-profile.service';
import { RestaurantDocumentRepository } from './documents/restaurant-document.repository';
import { RestaurantDocumentsService } from './documents/restaurant-documents.service';
import { AdminGetRestaurantRpc } from './queries/admin-get-restaurant/admin-get-restaurant.rpc';
import { AdminGetRestaurantService } from './queries/admin-get-restaurant/admin-get-restaurant.service';
import { AdminListRestaurantsRpc } from './queries/admin-list-restaurants/admin-list-restaurants.rpc';
import { GetMyRestaurantRpc } from './queries/get-my-restaurant/get-my-restaurant.rpc';
import { RestaurantAccessModule } from './restaurant-access.module';
import { MenuModule } from '../menu/menu.module';
import { ZonesModule } from '../zones/zones.module';

@Module({
  // ZonesModule: a restaurant that moves takes its radius zones along; MenuModule: approval announces the menu.
  imports: [RestaurantAccessModule, ZonesModule, MenuModule],
  controllers: [
    CreateRestaurantRpc,
    ApproveRestaurantRpc,
    ReviewRestaurantRpc,
    UpdateProfileRpc,
    GetMyRestaurantRpc,
    AdminListRestaurantsRpc,
    AdminGetRestaurantRpc,
    UploadDocumentRpc,
    ListMyDocumentsRpc,
    AdminGetDocumentRpc,
    ChangePlanRpc,
    GetSubscriptionRpc,
  ],
  providers: [
    CreateRestaurantService,
    ApproveRestaurantService,
    ReviewRestaurantService,
    UpdateProfileService,
    RestaurantDocumentsService,
    ChangePlanService,
    AdminGetRestaurantService,
    RestaurantDocumentRepository,
    documentStoreProvider(CatalogConfig),
  ],
})
export class RestaurantsModule {}
