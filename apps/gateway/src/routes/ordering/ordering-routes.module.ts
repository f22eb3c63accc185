import { Module } from '@nestjs/common';
import { ClientOrdersController } from './client-orders.controller';
import { AdminCouponsController, RestaurantCouponsController } from './coupons.controller';
import { GuestOrdersController } from './guest-orders.controller';
import { RestaurantOrdersController } from './restaurant-orders.controller';
import { StaffOrdersController } from './staff-orders.controller';

/** /client/orders*, /guest/orders*, /restaurant/orders/*, /restaurant/coupons*, /admin/coupons*, /orders* (the staff routes) → ordering. */
@Module({
  controllers: [ClientOrdersController, GuestOrdersController, RestaurantOrdersController, RestaurantCouponsController, AdminCouponsController, StaffOrdersController],
})
export class OrderingRoutesModule {}
