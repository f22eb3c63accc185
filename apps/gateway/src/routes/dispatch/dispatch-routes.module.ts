import { Module } from '@nestjs/common';
import { DriverOrdersController } from './driver-orders.controller';
import { DriverProfileController } from './driver-profile.controller';

/** /driver/profile, /driver/availability, /driver/location, /driver/orders/* → dispatch. */
@Module({ controllers: [DriverProfileController, DriverOrdersController] })
export class DispatchRoutesModule {}
