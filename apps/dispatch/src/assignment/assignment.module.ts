import { Module } from '@nestjs/common';
import { DeliveriesModule } from '../deliveries/deliveries.module';
import { AssignmentHandler } from './assignment.handler';
import { DeclineOfferService } from './decline-offer.service';
import { DriverAvailabilityService } from './driver-availability.service';
import { DriverStatusChangedHandler } from './driver-status-changed.handler';
import { ManualAssignmentService } from './manual-assignment.service';
import { OfferSweeper } from './offer-sweeper';
import { OperatorDeliveries } from './operator-deliveries';
import { RestaurantEventsHandler } from './restaurant-sites/restaurant-events.handler';
import { RestaurantSitesService } from './restaurant-sites/restaurant-sites.service';

/**
 * Assignment: the offer sweeper, declines, manual assignment and reassignment, the
 * operators' boards, drivers coming and going (driver.status-changed), the restaurants' copy.
 * The offer engine itself lives with the deliveries (DeliveriesModule), which accept and the
 * order's readiness use.
 */
@Module({
  imports: [DeliveriesModule],
  controllers: [AssignmentHandler, DriverStatusChangedHandler, RestaurantEventsHandler],
  providers: [DeclineOfferService, ManualAssignmentService, OperatorDeliveries, DriverAvailabilityService, OfferSweeper, RestaurantSitesService],
})
export class AssignmentModule {}
