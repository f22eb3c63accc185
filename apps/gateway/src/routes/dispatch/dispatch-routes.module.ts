import { Module } from '@nestjs/common';
import { AdminDeliveriesController } from './admin-deliveries.controller';
import { AdminDriversController } from './admin-drivers.controller';
import { DriverOrdersController } from './driver-orders.controller';
import { DriverProfileController } from './driver-profile.controller';
import { RestaurantDeliveriesController } from './restaurant-deliveries.controller';

/** /driver/profile, /driver/documents, /driver/availability, /driver/location, /driver/orders/*, /admin/drivers*, /restaurant/deliveries*, /restaurant/drivers/nearby, /admin/deliveries* → dispatch. */
@Module({ controllers: [DriverProfileController, DriverOrdersController, AdminDriversController, RestaurantDeliveriesController, AdminDeliveriesController] })
export class DispatchRoutesModule {}
