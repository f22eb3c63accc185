import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ActiveOrdersData, ForbiddenError, NotFoundError, OrderTrackingData, OrderTrackingView, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { RestaurantReplicaRepository } from '../../../replicas/restaurant-replica.repository';
import { Order } from '../../order.entity';
import { OrderRepository } from '../../order.repository';
import { mayTrackOrder } from './order-tracking.rules';

class OrderTrackingRequest implements OrderTrackingData {
  @IsUUID() order_id: string;
}

class ActiveOrdersRequest implements ActiveOrdersData {
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(24 * 60) ended_within_minutes?: number;
}

/** How many orders a customer's replay carries at most (the newest). */
const ACTIVE_LIMIT = 50;

/**
 * The socket relay's questions: may this actor follow this order live, and what is its
 * state now; which of a customer's orders to replay when their socket connects.
 */
@Controller()
export class OrderTrackingRpc {
  constructor(
    private readonly orders: OrderRepository,
    private readonly restaurants: RestaurantReplicaRepository,
  ) {}

  /** One order's state, for its customer, its restaurant's team, its assigned driver and admins. */
  @RpcEndpoint(RPC.ordering.orderTracking)
  async tracking(@Payload() req: RpcRequest<unknown>): Promise<OrderTrackingView> {
    const actor = requireActor(req);
    const { order_id } = validData(OrderTrackingRequest, req.data);
    const order = await this.orders.find(order_id);
    if (!order) throw new NotFoundError('Order');
    const ownerId = actor.role === 'restaurant_owner' ? ((await this.restaurants.find(order.restaurant_id))?.owner_id ?? null) : null;
    if (!mayTrackOrder(actor, order, ownerId)) throw new ForbiddenError('You may not follow this order');
    const [view] = await this.views([order]);
    return view;
  }

  /** The customer's orders still moving, and those that ended within the window (default 30 minutes), newest first. */
  @RpcEndpoint(RPC.ordering.activeOrdersForCustomer)
  async active(@Payload() req: RpcRequest<unknown>): Promise<OrderTrackingView[]> {
    const customer = requireActor(req, 'customer');
    const { ended_within_minutes = 30 } = validData(ActiveOrdersRequest, req.data);
    const endedSince = ended_within_minutes > 0 ? new Date(Date.now() - ended_within_minutes * 60_000) : null;
    return this.views(await this.orders.activeOfCustomer(customer.user_id, endedSince, ACTIVE_LIMIT));
  }

  /** Views with the time each order reached its current status (the last history row into it). */
  private async views(orders: Order[]): Promise<OrderTrackingView[]> {
    if (!orders.length) return [];
    const changedAt = await this.orders.currentStatusSince(orders.map((o) => o.id));
    return orders.map((o) => ({
      order_id: o.id,
      order_number: o.order_number,
      status: o.status,
      restaurant_id: o.restaurant_id,
      customer_id: o.customer_id,
      driver_id: o.driver_id,
      delivery_type: o.delivery_type,
      estimated_delivery_time: null,
      changed_at: (changedAt.get(o.id) ?? o.updated_at).toISOString(),
      updated_at: o.updated_at.toISOString(),
    }));
  }
}
