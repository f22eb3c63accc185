import { Module } from '@nestjs/common';
import { OfferEngine } from '../assignment/offer-engine';
import { RoutingModule } from '../routing/routing.module';
import { AcceptDeliveryService } from './commands/accept-delivery/accept-delivery.service';
import { CancelDeliveryService } from './commands/cancel-delivery/cancel-delivery.service';
import { OrderCancelledHandler } from './commands/cancel-delivery/order-cancelled.handler';
import { ConfirmDeliveryService } from './commands/confirm-delivery/confirm-delivery.service';
import { DriverOrderMovesHandler } from './commands/driver-order-moves.handler';
import { OfferDeliveryService } from './commands/offer-delivery/offer-delivery.service';
import { OrderStatusChangedHandler } from './commands/offer-delivery/order-status-changed.handler';
import { OpenDeliveryService } from './commands/open-delivery/open-delivery.service';
import { OrderCreatedHandler } from './commands/open-delivery/order-created.handler';
import { PickupDeliveryService } from './commands/pickup-delivery/pickup-delivery.service';
import { DeliveryMover } from './delivery-mover';
import { DeliveryMoves } from './delivery-moves';
import { DriverOrdersHandler } from './queries/driver-orders/driver-orders.handler';
import { ListDeliveriesHandler } from './queries/list-deliveries/list-deliveries.handler';

/** Deliveries: opened with their order, offered when it is ready, taken, picked up and delivered by a driver. */
@Module({
  imports: [RoutingModule],
  controllers: [OrderCreatedHandler, OrderStatusChangedHandler, OrderCancelledHandler, ListDeliveriesHandler, DriverOrderMovesHandler, DriverOrdersHandler],
  providers: [OpenDeliveryService, OfferDeliveryService, CancelDeliveryService, AcceptDeliveryService, PickupDeliveryService, ConfirmDeliveryService, DeliveryMover, DeliveryMoves, OfferEngine],
  exports: [DeliveryMover, DeliveryMoves, OfferEngine, RoutingModule],
})
export class DeliveriesModule {}
