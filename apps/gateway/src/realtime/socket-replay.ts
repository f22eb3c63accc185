import { Inject, Injectable, Logger } from '@nestjs/common';
import { Actor } from '@platter/contracts';
import { OrderLookups, RpcOrderLookups, statusUpdateOf } from './order-rooms';
import { DRIVER_LOCATION_UPDATE } from './realtime-relay';

/** What replay needs of a socket. */
export interface ReplaySocket {
  readonly disconnected: boolean;
  emit(event: string, payload: unknown): unknown;
}

const OUT_FOR_DELIVERY = new Set(['assigned', 'picked_up', 'in_transit']);

/**
 * Replay on connect: a customer's socket gets an `order_status_update` (with `changedAt`) for each
 * of their orders still moving, or ended in the last half hour, and the driver's last position for
 * those out for delivery. So a client that reconnects misses no status change, whatever instance it
 * lands on. A status whose change is newer than the connection is left out: the socket was already in
 * its rooms then, so it hears that one live.
 */
@Injectable()
export class SocketReplay {
  private readonly log = new Logger(SocketReplay.name);

  constructor(@Inject(RpcOrderLookups) private readonly lookups: OrderLookups) {}

  async onConnect(socket: ReplaySocket, actor: Actor, connectedAt: number): Promise<number> {
    if (actor.role !== 'customer') return 0;
    let orders;
    try {
      orders = await this.lookups.activeForCustomer(actor);
    } catch (err) {
      this.log.warn(`could not replay the orders of ${actor.user_id}: ${(err as Error).message}`);
      return 0;
    }
    let replayed = 0;
    // Oldest change first, as they would have arrived live.
    const due = orders.filter((o) => Date.parse(o.changed_at) < connectedAt).sort((a, b) => Date.parse(a.changed_at) - Date.parse(b.changed_at));
    for (const order of due) {
      const delivery = OUT_FOR_DELIVERY.has(order.status) ? await this.lookups.delivery(actor, order.order_id).catch(() => null) : null;
      if (socket.disconnected) return replayed;
      socket.emit('order_status_update', statusUpdateOf(order, delivery));
      if (delivery && delivery.lat !== null && delivery.lng !== null) socket.emit(DRIVER_LOCATION_UPDATE, { orderId: order.order_id, lat: delivery.lat, lng: delivery.lng });
      replayed++;
    }
    return replayed;
  }
}
