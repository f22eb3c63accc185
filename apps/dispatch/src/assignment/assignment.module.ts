import { Module } from '@nestjs/common';
import { DeliveriesModule } from '../deliveries/deliveries.module';
import { AssignDeliveryRpc } from './commands/assign-delivery/assign-delivery.rpc';
import { DeclineOfferRpc } from './commands/decline-offer/decline-offer.rpc';
import { DeliveryBoardsRpc } from './queries/delivery-boards/delivery-boards.rpc';
import { NearbyDriversRpc } from './queries/nearby-drivers/nearby-drivers.rpc';
import { DeclineOfferService } from './commands/decline-offer/decline-offer.service';
import { DriverAvailabilityService } from './commands/release-driver-work/driver-availability.service';
import { DriverStatusChangedConsumer } from './commands/release-driver-work/driver-status-changed.consumer';
import { ManualAssignmentService } from './commands/assign-delivery/manual-assignment.service';
import { OfferSweeper } from './offer-sweeper';
import { OperatorDeliveries } from './operator-deliveries';
import { RestaurantEventsConsumer } from './restaurant-sites/restaurant-events.consumer';
import { RestaurantSitesService } from './restaurant-sites/restaurant-sites.service';

/**
 * Assignment: the offer sweeper, declines, manual assignment and reassignment, the
 * operators' boards, drivers coming and going (driver.status-changed), the restaurants' copy.
 * The offer engine itself lives with the deliveries (DeliveriesModule), which accept and the
 * order's readiness use.
 */
@Module({
  imports: [DeliveriesModule],
  controllers: [DeclineOfferRpc, AssignDeliveryRpc, DeliveryBoardsRpc, NearbyDriversRpc, DriverStatusChangedConsumer, RestaurantEventsConsumer],
  providers: [DeclineOfferService, ManualAssignmentService, OperatorDeliveries, DriverAvailabilityService, OfferSweeper, RestaurantSitesService],
})
export class AssignmentModule {}
