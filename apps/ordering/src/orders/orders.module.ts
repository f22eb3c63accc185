import { Module } from '@nestjs/common';
import { MoveOrderService } from './commands/move-order/move-order.service';
import { RestaurantOrderMovesHandler } from './commands/move-order/restaurant-order-moves.handler';
import { IdempotencyKeys } from './commands/place-order/idempotency-keys';
import { PlaceOrderHandler } from './commands/place-order/place-order.handler';
import { PlaceOrderService } from './commands/place-order/place-order.service';
import { OrderStatusChanger } from './order-status-changer';
import { GetCustomerOrderHandler } from './queries/get-customer-order/get-customer-order.handler';
import { ListCustomerOrdersHandler } from './queries/list-customer-orders/list-customer-orders.handler';

@Module({
  controllers: [PlaceOrderHandler, RestaurantOrderMovesHandler, GetCustomerOrderHandler, ListCustomerOrdersHandler],
  providers: [PlaceOrderService, IdempotencyKeys, MoveOrderService, OrderStatusChanger],
})
export class OrdersModule {}
