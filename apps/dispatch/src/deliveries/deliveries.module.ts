import { Module } from '@nestjs/common';
import { OfferEngine } from '../assignment/offer-engine';
import { RoutingModule } from '../routing/routing.module';
import { AcceptDeliveryService } from './commands/accept-delivery/accept-delivery.service';
import { CancelDeliveryService } from './commands/cancel-delivery/cancel-delivery.service';
import { OrderCancelledConsumer } from './commands/cancel-delivery/order-cancelled.consumer';
import { ConfirmDeliveryService } from './commands/confirm-delivery/confirm-delivery.service';
import { AcceptDeliveryRpc } from './commands/accept-delivery/accept-delivery.rpc';
import { ConfirmDeliveryRpc } from './commands/confirm-delivery/confirm-delivery.rpc';
import { PickupDeliveryRpc } from './commands/pickup-delivery/pickup-delivery.rpc';
import { DeliveryOfferRepository } from '../assignment/delivery-offer.repository';
import { RestaurantSiteRepository } from '../assignment/restaurant-site.repository';
import { DriverRepository } from '../drivers/driver.repository';
import { DeliveryLocationRepository } from './delivery-location.repository';
import { DeliveryRepository } from './delivery.repository';
import { OfferDeliveryService } from './commands/offer-delivery/offer-delivery.service';
import { OrderStatusChangedConsumer } from './commands/offer-delivery/order-status-changed.consumer';
import { OpenDeliveryService } from './commands/open-delivery/open-delivery.service';
import { OrderCreatedConsumer } from './commands/open-delivery/order-created.consumer';
import { PickupDeliveryService } from './commands/pickup-delivery/pickup-delivery.service';
import { DeliveryMover } from './delivery-mover';
import { DeliveryMoves } from './delivery-moves';
import { DriverOrdersRpc } from './queries/driver-orders/driver-orders.rpc';
import { ListDeliveriesRpc } from './queries/list-deliveries/list-deliveries.rpc';

/** Deliveries: opened with their order, offered when it is ready, taken, picked up and delivered by a driver. */
@Module({
  imports: [RoutingModule],
  controllers: [OrderCreatedConsumer, OrderStatusChangedConsumer, OrderCancelledConsumer, ListDeliveriesRpc, AcceptDeliveryRpc, PickupDeliveryRpc, ConfirmDeliveryRpc, DriverOrdersRpc],
  providers: [OpenDeliveryService, OfferDeliveryService, CancelDeliveryService, AcceptDeliveryService, PickupDeliveryService, ConfirmDeliveryService, DeliveryMover, DeliveryMoves, OfferEngine, DeliveryRepository, DeliveryLocationRepository, DriverRepository, DeliveryOfferRepository, RestaurantSiteRepository],
  exports: [DeliveryMover, DeliveryMoves, OfferEngine, RoutingModule, DeliveryRepository, DeliveryLocationRepository, DriverRepository, DeliveryOfferRepository, RestaurantSiteRepository],
})
export class DeliveriesModule {}
