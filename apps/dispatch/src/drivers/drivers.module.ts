import { Module } from '@nestjs/common';
import { documentStoreProvider } from '@platter/storage';
import { DeliveriesModule } from '../deliveries/deliveries.module';
import { DispatchConfig } from '../dispatch.config';
import { LocationsModule } from '../locations/locations.module';
import { DriverAccountService } from './commands/account-events/driver-account.service';
import { UserAccountConsumer } from './commands/account-events/user-account.consumer';
import { SetAvailabilityRpc } from './commands/set-availability/set-availability.rpc';
import { UpdateLocationRpc } from './commands/update-location/update-location.rpc';
import { UpdateProfileRpc } from './commands/update-profile/update-profile.rpc';
import { UploadDocumentRpc } from './commands/upload-document/upload-document.rpc';
import { RegisterDriverService } from './commands/register-driver/register-driver.service';
import { UserRegisteredConsumer } from './commands/register-driver/user-registered.consumer';
import { ReviewDriverRpc } from './commands/review-driver/review-driver.rpc';
import { ReviewDriverService } from './commands/review-driver/review-driver.service';
import { SetAvailabilityService } from './commands/set-availability/set-availability.service';
import { UpdateLocationService } from './commands/update-location/update-location.service';
import { UpdateDriverProfileService } from './commands/update-profile/update-profile.service';
import { DriverDocumentRepository } from './documents/driver-document.repository';
import { DriverDocumentsService } from './documents/driver-documents.service';
import { DriverProfiles } from './driver-profile';
import { DriverStatusMover } from './driver-status-mover';
import { AdminDriversRpc } from './queries/admin-drivers/admin-drivers.rpc';
import { GetProfileRpc } from './queries/get-profile/get-profile.rpc';

/**
 * Drivers: profiles (from user.registered; vehicle, licence, documents), admins' review (approve,
 * reject, suspend, reinstate: audited, driver.status-changed), identity's account events,
 * availability (approved drivers only), live position.
 */
@Module({
  imports: [DeliveriesModule, LocationsModule],
  controllers: [UserRegisteredConsumer, UserAccountConsumer, UpdateProfileRpc, UploadDocumentRpc, SetAvailabilityRpc, UpdateLocationRpc, GetProfileRpc, ReviewDriverRpc, AdminDriversRpc],
  providers: [
    RegisterDriverService,
    SetAvailabilityService,
    UpdateLocationService,
    UpdateDriverProfileService,
    DriverDocumentsService,
    DriverDocumentRepository,
    DriverProfiles,
    DriverStatusMover,
    ReviewDriverService,
    DriverAccountService,
    documentStoreProvider(DispatchConfig),
  ],
  exports: [DriverStatusMover],
})
export class DriversModule {}
