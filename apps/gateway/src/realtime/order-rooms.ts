import { Inject, Injectable, Optional } from '@nestjs/common';
import { IsUUID } from 'class-validator';
import { Actor, DeliveryTrackingView, OrderTrackingView, PlatterError, RPC, validatePayload } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { withinRate } from './driver-locations';
import { LocalSocketIndex, RelaySocket } from './local-sockets';
import { RealtimeMetrics } from './realtime-metrics';
import { DRIVER_LOCATION_UPDATE } from './realtime-relay';
import { OrderRoomBasis, orderRoom, orderRoomBasis, userRoom } from './rooms';

export interface AckError {
  code: string;
  message: string;
}
export type Ack<T = undefined> = { ok: true; state?: T } | { ok: false; error: AckError };

class OrderRoomRequest {
  @IsUUID() orderId: string;
}

/** Joins a socket may ask for per second (each one is a call to ordering); more are refused. */
export const MAX_JOINS_PER_SECOND = 10;

/** Order statuses during which a driver carries the order: the room also gets the driver's last position. */
const OUT_FOR_DELIVERY = new Set(['assigned', 'picked_up', 'in_transit']);

/** The latest state of an order, as `join` answers it (camelCase like every socket event). */
export interface OrderRoomState {
  orderId: string;
  orderNumber: string;
  status: string;
  changedAt: string;
  deliveryType: string;
  restaurantId: string;
  driverId: string | null;
  estimatedDeliveryTime?: string;
  driverLocation?: { lat: number; lng: number; recordedAt: string | null };
}

/** What the relay asks of ordering and dispatch about one order (the RPC client in production). */
export interface OrderLookups {
  tracking(actor: Actor, orderId: string): Promise<OrderTrackingView>;
  delivery(actor: Actor, orderId: string): Promise<DeliveryTrackingView>;
  activeForCustomer(actor: Actor): Promise<OrderTrackingView[]>;
}

@Injectable()
export class RpcOrderLookups implements OrderLookups {
  constructor(private readonly rpc: RpcClient) {}

  tracking(actor: Actor, orderId: string): Promise<OrderTrackingView> {
    return this.rpc.call(RPC.ordering.orderTracking, { actor, data: { order_id: orderId } });
  }

  delivery(actor: Actor, orderId: string): Promise<DeliveryTrackingView> {
    return this.rpc.call(RPC.dispatch.deliveryTracking, { actor, data: { order_id: orderId } });
  }

  activeForCustomer(actor: Actor): Promise<OrderTrackingView[]> {
    return this.rpc.call(RPC.ordering.activeOrdersForCustomer, { actor, data: {} });
  }
}

export function ackError(err: unknown): AckError {
  if (err instanceof PlatterError) return { code: err.code, message: err.message };
  const e = err as { code?: unknown; message?: unknown } | null;
  if (e && typeof e.code === 'string') return { code: e.code, message: String(e.message ?? e.code) };
  return { code: 'INTERNAL_ERROR', message: 'Something went wrong' };
}

/** The status update the relay emits for an order's current state (live events have the same shape). */
export function statusUpdateOf(order: OrderTrackingView, delivery?: DeliveryTrackingView | null): Record<string, unknown> {
  const eta = delivery?.eta ?? order.estimated_delivery_time ?? null;
  return { orderId: order.order_id, status: order.status, changedAt: order.changed_at, ...(eta ? { estimatedDeliveryTime: eta } : {}) };
}

/**
 * Order rooms (`order:<id>`): a socket joins one with `join {orderId}` once ordering says its user
 * may follow the order (its customer, its restaurant's team, its assigned driver, admins), and gets
 * the order's latest state at once, in the ack and as the events a live change would have sent.
 * The reason it was let in is kept on the socket: a driver who no longer holds the order, or a member
 * who left the restaurant's team, is taken out.
 */
@Injectable()
export class OrderRooms {
  private index: LocalSocketIndex | null = null;

  constructor(
    @Inject(RpcOrderLookups) private readonly lookups: OrderLookups,
    @Optional() private readonly metrics?: RealtimeMetrics,
  ) {}

  attach(index: LocalSocketIndex): void {
    this.index = index;
  }

  async join(socket: RelaySocket, data: unknown): Promise<Ack<OrderRoomState>> {
    const outcome = await this.tryJoin(socket, data);
    this.metrics?.joined(outcome.ok ? 'ok' : outcome.error.code);
    return outcome;
  }

  leave(socket: RelaySocket, data: unknown): Ack {
    const request = orderRequestOf(data);
    if ('error' in request) return { ok: false, error: request.error };
    void socket.leave(orderRoom(request.orderId));
    socket.data.orders?.delete(request.orderId);
    return { ok: true };
  }

  /** The order has another driver (or none): sockets that were in its room as its driver, other than the new one's, leave it. */
  driverChanged(orderId: string, driverId: string | null): void {
    this.leaveWhere([orderRoom(orderId)], orderId, (basis, socket) => basis.as === 'driver' && socket.data.actor?.user_id !== driverId);
  }

  /** A member taken off a restaurant's team leaves the rooms of the orders they joined for it. */
  leftRestaurant(userId: string, restaurantId: string): void {
    const room = userRoom(userId);
    for (const socket of this.index?.socketsIn([room]) ?? []) {
      for (const [orderId, basis] of socket.data.orders ?? []) {
        if (basis.as === 'restaurant' && basis.restaurantId === restaurantId) {
          void socket.leave(orderRoom(orderId));
          socket.data.orders?.delete(orderId);
        }
      }
    }
  }

  private leaveWhere(rooms: string[], orderId: string, when: (basis: OrderRoomBasis, socket: RelaySocket) => boolean): void {
    for (const socket of this.index?.socketsIn(rooms) ?? []) {
      const basis = socket.data.orders?.get(orderId);
      if (basis && when(basis, socket)) {
        void socket.leave(orderRoom(orderId));
        socket.data.orders?.delete(orderId);
      }
    }
  }

  private async tryJoin(socket: RelaySocket, data: unknown): Promise<Ack<OrderRoomState>> {
    if (!withinRate(socket.data, 'joinWindow', MAX_JOINS_PER_SECOND, Date.now())) {
      return { ok: false, error: { code: 'RATE_LIMIT_EXCEEDED', message: `At most ${MAX_JOINS_PER_SECOND} joins per second` } };
    }
    const request = orderRequestOf(data);
    if ('error' in request) return { ok: false, error: request.error };
    const actor = socket.data.actor;
    if (!actor) return { ok: false, error: { code: 'AUTH_REQUIRED', message: 'Authentication required' } };
    let order: OrderTrackingView;
    try {
      order = await this.lookups.tracking(actor, request.orderId);
    } catch (err) {
      return { ok: false, error: ackError(err) };
    }
    const delivery = OUT_FOR_DELIVERY.has(order.status) ? await this.lookups.delivery(actor, order.order_id).catch(() => null) : null;
    if (socket.disconnected) return { ok: false, error: { code: 'AUTH_REQUIRED', message: 'The connection ended' } };
    await socket.join(orderRoom(order.order_id));
    (socket.data.orders ??= new Map()).set(order.order_id, orderRoomBasis(actor, order));
    const state = stateOf(order, delivery);
    // The same events a live change would have sent, so a client that only listens misses nothing either.
    socket.emit('order_status_update', statusUpdateOf(order, delivery));
    if (state.driverLocation) socket.emit(DRIVER_LOCATION_UPDATE, { orderId: order.order_id, lat: state.driverLocation.lat, lng: state.driverLocation.lng });
    return { ok: true, state };
  }
}

function orderRequestOf(data: unknown): { orderId: string } | { error: AckError } {
  const { value, errors } = validatePayload(OrderRoomRequest, data);
  if (!value) return { error: { code: 'VALIDATION_ERROR', message: errors.map((e) => `${e.field}: ${e.message}`).join('; ') || 'orderId must be a UUID' } };
  return { orderId: value.orderId };
}

export function stateOf(order: OrderTrackingView, delivery: DeliveryTrackingView | null): OrderRoomState {
  const eta = delivery?.eta ?? order.estimated_delivery_time ?? null;
  return {
    orderId: order.order_id,
    orderNumber: order.order_number,
    status: order.status,
    changedAt: order.changed_at,
    deliveryType: order.delivery_type,
    restaurantId: order.restaurant_id,
    driverId: order.driver_id,
    ...(eta ? { estimatedDeliveryTime: eta } : {}),
    ...(delivery && delivery.lat !== null && delivery.lng !== null ? { driverLocation: { lat: delivery.lat, lng: delivery.lng, recordedAt: delivery.recorded_at } } : {}),
  };
}
