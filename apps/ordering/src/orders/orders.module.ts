import { Module } from '@nestjs/common';
import { CouponsModule } from '../coupons/coupons.module';
import { LoyaltyModule } from '../loyalty/loyalty.module';
import { ReplicasModule } from '../replicas/replicas.module';
import { AdminOrdersRpc } from './admin/admin-orders.rpc';
import { AdminOrdersService } from './admin/admin-orders.service';
import { CancelOrderRpc } from './commands/cancel-order/cancel-order.rpc';
import { CancelOrderService } from './commands/cancel-order/cancel-order.service';
import { FollowTicketService } from './commands/follow-ticket/follow-ticket.service';
import { TicketStatusChangedConsumer } from './commands/follow-ticket/ticket-status-changed.consumer';
import { KitchenTickets, RpcKitchenTickets } from './commands/move-order/kitchen-tickets';
import { MoveOrderService } from './commands/move-order/move-order.service';
import { RestaurantOrderMovesRpc } from './commands/move-order/restaurant-order-moves.rpc';
import { IdempotencyKeys } from './commands/place-order/idempotency-keys';
import { PlaceGuestOrderRpc } from './commands/place-order/place-guest-order.rpc';
import { PlaceOrderRpc } from './commands/place-order/place-order.rpc';
import { PlaceOrderService } from './commands/place-order/place-order.service';
import { GuestConvertedConsumer } from './commands/reassign-guest-orders/guest-converted.consumer';
import { ReassignGuestOrdersService } from './commands/reassign-guest-orders/reassign-guest-orders.service';
import { GuestConversionRepository } from './guest-conversion.repository';
import { GuestConversions } from './guest-conversions';
import { OrderAccess } from './order-access';
import { OrderStatusChanger } from './order-status-changer';
import { OrderRepository } from './order.repository';
import { GetCustomerOrderRpc } from './queries/get-customer-order/get-customer-order.rpc';
import { ListCustomerOrdersRpc } from './queries/list-customer-orders/list-customer-orders.rpc';
import { OrderTrackingRpc } from './queries/order-tracking/order-tracking.rpc';
import { TrackGuestOrderRpc } from './queries/track-guest-order/track-guest-order.rpc';
import { DeadlineClock } from './deadline-clock';
import { StaffOrdersRpc } from './staff-orders/staff-orders.rpc';
import { StaffOrdersRepository } from './staff-orders/staff-orders.repository';
import { StaffOrdersService } from './staff-orders/staff-orders.service';

@Module({
  // Placement prices from the replicas, applies coupons and spends loyalty points in its own transaction.
  imports: [ReplicasModule, CouponsModule, LoyaltyModule],
  controllers: [
    PlaceOrderRpc,
    PlaceGuestOrderRpc,
    RestaurantOrderMovesRpc,
    GetCustomerOrderRpc,
    ListCustomerOrdersRpc,
    TrackGuestOrderRpc,
    GuestConvertedConsumer,
    CancelOrderRpc,
    StaffOrdersRpc,
    OrderTrackingRpc,
    TicketStatusChangedConsumer,
    AdminOrdersRpc,
  ],
  providers: [
    OrderRepository, OrderAccess, OrderStatusChanger, DeadlineClock, IdempotencyKeys, PlaceOrderService, MoveOrderService, GuestConversions, GuestConversionRepository,
    ReassignGuestOrdersService, CancelOrderService, StaffOrdersService, StaffOrdersRepository, FollowTicketService, AdminOrdersService,
    { provide: KitchenTickets, useClass: RpcKitchenTickets },
  ],
  // The saga (./saga/saga.module.ts) opens and moves orders through the same core; orders never depends on it.
  exports: [OrderRepository, OrderAccess, OrderStatusChanger, DeadlineClock],
})
export class OrdersModule {}
