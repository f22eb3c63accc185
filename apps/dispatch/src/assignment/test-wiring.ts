// Test support (medium specs): the deliveries, routing and assignment services wired by hand over
// one TransactionHost, as DeliveriesModule and AssignmentModule wire them in the service.
import { DataSource } from 'typeorm';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { AcceptDeliveryService } from '../deliveries/commands/accept-delivery/accept-delivery.service';
import { CancelDeliveryService } from '../deliveries/commands/cancel-delivery/cancel-delivery.service';
import { ConfirmDeliveryService } from '../deliveries/commands/confirm-delivery/confirm-delivery.service';
import { OfferDeliveryService } from '../deliveries/commands/offer-delivery/offer-delivery.service';
import { OpenDeliveryService } from '../deliveries/commands/open-delivery/open-delivery.service';
import { PickupDeliveryService } from '../deliveries/commands/pickup-delivery/pickup-delivery.service';
import { DeliveryMover } from '../deliveries/delivery-mover';
import { DeliveryMoves } from '../deliveries/delivery-moves';
import { DriverOrdersRpc } from '../deliveries/queries/driver-orders/driver-orders.rpc';
import { DispatchConfig } from '../dispatch.config';
import { routingProviderFor } from '../routing/routing.module';
import { DeliveryRoutes } from '../routing/delivery-routes';
import { RouteTracker } from '../routing/route-tracker';
import { DeliveryBoardsRpc } from './queries/delivery-boards/delivery-boards.rpc';
import { NearbyDriversRpc } from './queries/nearby-drivers/nearby-drivers.rpc';
import { DeliveryOfferRepository } from './delivery-offer.repository';
import { RestaurantSiteRepository } from './restaurant-site.repository';
import { DeliveryRepository } from '../deliveries/delivery.repository';
import { DriverRepository } from '../drivers/driver.repository';
import { DeclineOfferService } from './commands/decline-offer/decline-offer.service';
import { DriverAvailabilityService } from './commands/release-driver-work/driver-availability.service';
import { ManualAssignmentService } from './commands/assign-delivery/manual-assignment.service';
import { OfferEngine } from './offer-engine';
import { OfferSweeper } from './offer-sweeper';
import { OperatorDeliveries } from './operator-deliveries';
import { RestaurantSitesService } from './restaurant-sites/restaurant-sites.service';

export function wireDispatch(tx: TransactionHost, dataSource: DataSource, config: DispatchConfig) {
  const deliveries = new DeliveryRepository(tx);
  const drivers = new DriverRepository(tx);
  const offerRows = new DeliveryOfferRepository(tx);
  const siteRows = new RestaurantSiteRepository(tx);
  const events = new EventPublisher(tx, 'dispatch');
  const moves = new DeliveryMoves(tx, dataSource);
  const routing = routingProviderFor(config);
  const routes = new DeliveryRoutes(deliveries, events, routing);
  const tracker = new RouteTracker(tx, deliveries, drivers, routes, config);
  const mover = new DeliveryMover(deliveries, events, config, routes, moves, tracker);
  const offers = new OfferEngine(tx, events, config, routing);
  const operators = new OperatorDeliveries(deliveries, drivers, offerRows, siteRows);
  const manual = new ManualAssignmentService(tx, deliveries, drivers, siteRows, mover, offers, operators, config);
  const decline = new DeclineOfferService(tx, deliveries, offerRows, offers);
  return {
    deliveries,
    drivers,
    events,
    moves,
    routing,
    routes,
    tracker,
    mover,
    offers,
    operators,
    manual,
    decline,
    sites: new RestaurantSitesService(tx),
    availability: new DriverAvailabilityService(tx, deliveries, drivers, offerRows, mover, offers),
    sweeper: new OfferSweeper(offers, config),
    open: new OpenDeliveryService(tx),
    offer: new OfferDeliveryService(tx, deliveries, drivers, siteRows, mover, offers, config),
    cancel: new CancelDeliveryService(tx, deliveries, mover, offers),
    accept: new AcceptDeliveryService(tx, deliveries, offerRows, mover, offers, config),
    pickup: new PickupDeliveryService(tx, deliveries, drivers, mover, config),
    confirm: new ConfirmDeliveryService(tx, deliveries, drivers, mover, config),
    driverOrders: new DriverOrdersRpc(deliveries, drivers, offerRows, config),
    boards: new DeliveryBoardsRpc(deliveries, operators),
    nearbyDrivers: new NearbyDriversRpc(drivers, operators, config),
  };
}
