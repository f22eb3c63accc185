import { Module } from '@nestjs/common';
import { ClientOrdersController } from './client-orders.controller';
import { RestaurantOrdersController } from './restaurant-orders.controller';

/** /client/orders*, /restaurant/orders/* → ordering. */
@Module({ controllers: [ClientOrdersController, RestaurantOrdersController] })
export class OrderingRoutesModule {}
