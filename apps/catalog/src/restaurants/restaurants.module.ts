import { Module } from '@nestjs/common';
import { ApproveRestaurantHandler } from './commands/approve-restaurant/approve-restaurant.handler';
import { ApproveRestaurantService } from './commands/approve-restaurant/approve-restaurant.service';
import { CreateRestaurantHandler } from './commands/create-restaurant/create-restaurant.handler';
import { CreateRestaurantService } from './commands/create-restaurant/create-restaurant.service';
import { GetMyRestaurantHandler } from './queries/get-my-restaurant/get-my-restaurant.handler';
import { GetPublicRestaurantHandler } from './queries/get-public-restaurant/get-public-restaurant.handler';
import { ListPublicRestaurantsHandler } from './queries/list-public-restaurants/list-public-restaurants.handler';

@Module({
  controllers: [
    CreateRestaurantHandler,
    ApproveRestaurantHandler,
    GetMyRestaurantHandler,
    ListPublicRestaurantsHandler,
    GetPublicRestaurantHandler,
  ],
  providers: [CreateRestaurantService, ApproveRestaurantService],
})
export class RestaurantsModule {}
