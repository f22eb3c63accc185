import { Module } from '@nestjs/common';
import { CouponsModule } from '../coupons/coupons.module';
import { LoyaltyModule } from '../loyalty/loyalty.module';
import { AdminOrdersHandler } from './admin/admin-orders.handler';
import { AdminOrdersService } from './admin/admin-orders.service';
import { CancelOrderHandler } from './commands/cancel-order/cancel-order.handler';
import { CancelOrderService } from './commands/cancel-order/cancel-order.service';
import { FollowTicketService } from './commands/follow-ticket/follow-ticket.service';
import { TicketStatusChangedHandler } from './commands/follow-ticket/ticket-status-changed.handler';
import { KitchenTickets, RpcKitchenTickets } from './commands/move-order/kitchen-tickets';
import { MoveOrderService } from './commands/move-order/move-order.service';
import { RestaurantOrderMovesHandler } from './commands/move-order/restaurant-order-moves.handler';
import { IdempotencyKeys } from './commands/place-order/idempotency-keys';
import { PlaceGuestOrderHandler } from './commands/place-order/place-guest-order.handler';
import { PlaceOrderHandler } from './commands/place-order/place-order.handler';
import { PlaceOrderService } from './commands/place-order/place-order.service';
import { GuestConvertedHandler } from './commands/reassign-guest-orders/guest-converted.handler';
import { ReassignGuestOrdersService } from './commands/reassign-guest-orders/reassign-guest-orders.service';
import { GuestConversions } from './guest-conversions';
import { OrderAccess } from './order-access';
import { OrderStatusChanger } from './order-status-changer';
import { OrderRepository } from './order.repository';
import { GetCustomerOrderHandler } from './queries/get-customer-order/get-customer-order.handler';
import { ListCustomerOrdersHandler } from './queries/list-customer-orders/list-customer-orders.handler';
import { OrderTrackingHandler } from './queries/order-tracking/order-tracking.handler';
import { TrackGuestOrderHandler } from './queries/track-guest-order/track-guest-order.handler';
import { DeadlineClock } from './deadline-clock';
import { StaffOrdersHandler } from './staff-orders/staff-orders.handler';
import { StaffOrdersService } from './staff-orders/staff-orders.service';

@Module({
  // Placement applies coupons and spends loyalty points in its own transaction.
  imports: [CouponsModule, LoyaltyModule],
  controllers: [
    PlaceOrderHandler,
    PlaceGuestOrderHandler,
    RestaurantOrderMovesHandler,
    GetCustomerOrderHandler,
    ListCustomerOrdersHandler,
    TrackGuestOrderHandler,
    GuestConvertedHandler,
    CancelOrderHandler,
    StaffOrdersHandler,
    OrderTrackingHandler,
    TicketStatusChangedHandler,
    AdminOrdersHandler,
  ],
  providers: [
    OrderRepository, OrderAccess, OrderStatusChanger, DeadlineClock, IdempotencyKeys, PlaceOrderService, MoveOrderService, GuestConversions,
    ReassignGuestOrdersService, CancelOrderService, StaffOrdersService, FollowTicketService, AdminOrdersService,
    { provide: KitchenTickets, useClass: RpcKitchenTickets },
  ],
  // The saga (./saga/saga.module.ts) opens and moves orders through the same core; orders never depends on it.
  exports: [OrderRepository, OrderAccess, OrderStatusChanger, DeadlineClock],
})
export class OrdersModule {}
