import { Module } from '@nestjs/common';
import { documentStoreProvider } from '@platter/storage';
import { DeliveriesModule } from '../deliveries/deliveries.module';
import { DispatchConfig } from '../dispatch.config';
import { LocationsModule } from '../locations/locations.module';
import { DriverAccountService } from './commands/account-events/driver-account.service';
import { UserAccountHandlers } from './commands/account-events/user-account.handlers';
import { DriverProfileMovesHandler } from './commands/driver-profile-moves.handler';
import { RegisterDriverService } from './commands/register-driver/register-driver.service';
import { UserRegisteredHandler } from './commands/register-driver/user-registered.handler';
import { ReviewDriverHandler } from './commands/review-driver/review-driver.handler';
import { ReviewDriverService } from './commands/review-driver/review-driver.service';
import { SetAvailabilityService } from './commands/set-availability/set-availability.service';
import { UpdateLocationService } from './commands/update-location/update-location.service';
import { UpdateDriverProfileService } from './commands/update-profile/update-profile.service';
import { DriverDocumentsService } from './documents/driver-documents.service';
import { DriverStatusMover } from './driver-status-mover';
import { AdminDriversHandler } from './queries/admin-drivers/admin-drivers.handler';
import { GetProfileHandler } from './queries/get-profile/get-profile.handler';

/**
 * Drivers: profiles (from user.registered; vehicle, licence, documents), admins' review (approve,
 * reject, suspend, reinstate: audited, driver.status-changed), identity's account events,
 * availability (approved drivers only), live position.
 */
@Module({
  imports: [DeliveriesModule, LocationsModule],
  controllers: [UserRegisteredHandler, UserAccountHandlers, DriverProfileMovesHandler, GetProfileHandler, ReviewDriverHandler, AdminDriversHandler],
  providers: [
    RegisterDriverService,
    SetAvailabilityService,
    UpdateLocationService,
    UpdateDriverProfileService,
    DriverDocumentsService,
    DriverStatusMover,
    ReviewDriverService,
    DriverAccountService,
    documentStoreProvider(DispatchConfig),
  ],
  exports: [DriverStatusMover],
})
export class DriversModule {}
