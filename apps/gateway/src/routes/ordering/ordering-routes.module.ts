import { Module } from '@nestjs/common';
import { ClientOrdersController } from './client-orders.controller';
import { GuestOrdersController } from './guest-orders.controller';
import { RestaurantOrdersController } from './restaurant-orders.controller';

/** /client/orders*, /guest/orders*, /restaurant/orders/* → ordering. */
@Module({ controllers: [ClientOrdersController, GuestOrdersController, RestaurantOrdersController] })
export class OrderingRoutesModule {}
