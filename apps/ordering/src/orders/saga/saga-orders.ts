import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TransactionHost } from '@platter/persistence';
import { RestaurantReplica } from '../../replicas/restaurant-replica.entity';
import { Order } from '../order.entity';

/** What every saga step needs: the order locked, its restaurant's owner (for the events), an audit trail. */
@Injectable()
export class SagaOrders {
  constructor(private readonly tx: TransactionHost) {}

  /** The order, locked FOR UPDATE in the caller's transaction (so steps of one order apply one after the other). */
  lock(orderId: string): Promise<Order | null> {
    return this.tx.repository(Order).findOne({ where: { id: orderId }, lock: { mode: 'pessimistic_write' } });
  }

  async ownerOf(order: Order): Promise<string> {
    const restaurant = await this.tx.repository(RestaurantReplica).findOneBy({ id: order.restaurant_id });
    // Every order was placed against a known restaurant; its absence is a bug, not bad input.
    if (!restaurant) throw new Error(`order ${order.id} names restaurant ${order.restaurant_id}, unknown to ordering`);
    return restaurant.owner_id;
  }

  async update(order: Order, patch: Partial<Order>): Promise<void> {
    await this.tx.repository(Order).update({ id: order.id }, patch);
    Object.assign(order, patch);
  }

  /** Flags the saga for admins (kept until the order moves again). */
  async flag(order: Order, note: string, at = new Date()): Promise<void> {
    await this.update(order, { saga_flagged_at: at, saga_note: note.slice(0, 500) });
  }

  async audit(orderId: string, actorId: string | null, action: string, detail: Record<string, unknown>): Promise<void> {
    await this.tx.manager.query(`INSERT INTO order_audit_log (id, order_id, actor_id, action, detail) VALUES ($1, $2, $3, $4, $5::jsonb)`, [
      randomUUID(), orderId, actorId, action, JSON.stringify(detail),
    ]);
  }
}
