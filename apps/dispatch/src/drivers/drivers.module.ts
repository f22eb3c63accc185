import { Module } from '@nestjs/common';
import { DeliveriesModule } from '../deliveries/deliveries.module';
import { DriverProfileMovesHandler } from './commands/driver-profile-moves.handler';
import { RegisterDriverService } from './commands/register-driver/register-driver.service';
import { UserRegisteredHandler } from './commands/register-driver/user-registered.handler';
import { SetAvailabilityService } from './commands/set-availability/set-availability.service';
import { UpdateLocationService } from './commands/update-location/update-location.service';
import { GetProfileHandler } from './queries/get-profile/get-profile.handler';

/** Drivers: profiles (from user.registered), availability, live position. */
@Module({
  imports: [DeliveriesModule],
  controllers: [UserRegisteredHandler, DriverProfileMovesHandler, GetProfileHandler],
  providers: [RegisterDriverService, SetAvailabilityService, UpdateLocationService],
})
export class DriversModule {}
