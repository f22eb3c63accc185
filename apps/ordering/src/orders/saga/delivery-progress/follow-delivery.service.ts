import { Injectable, Logger } from '@nestjs/common';
import { DeliveryStatusChanged } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { OrderAccess } from '../../order-access';
import { OrderRepository } from '../../order.repository';
import { OrderStatusChanger } from '../../order-status-changer';
import { Order } from '../../order.entity';

/**
 * Dispatch's delivery drives a delivery order's driver states: assigned, picked_up, in_transit,
 * delivered (then completed at once, which settles it). An event that overtook others is applied
 * with the missing steps in order (a driver holding the food proves the kitchen finished); a
 * duplicate or late one only fills in the driver if the order lacks it. `unassigned` (the delivery
 * is reassigned): a driver who gives the order back before pickup puts it back to ready for another
 * driver; after pickup the order is flagged for admins instead.
 */
@Injectable()
export class FollowDeliveryService {
  private readonly log = new Logger(FollowDeliveryService.name);

  constructor(
    private readonly tx: TransactionHost,
    private readonly statuses: OrderStatusChanger,
    private readonly access: OrderAccess,
    private readonly orders: OrderRepository,
  ) {}

  async apply(e: DeliveryStatusChanged): Promise<void> {
    await this.tx.run(async () => {
      const order = await this.access.forPlatform(e.order_id);
      if (!order) return this.log.warn(`delivery.status-changed for unknown order ${e.order_id}: ignored`);
      if (order.delivery_type !== 'delivery' || order.status === 'created' || order.status === 'confirmed') {
        return this.log.warn(`delivery ${e.delivery_id} is ${e.status} but order ${order.id} is a ${order.delivery_type} order at ${order.status}: ignored`);
      }
      if (e.status === 'unassigned') return this.unassigned(order, e);
      const driverId = e.driver_id ?? null;
      const outcome = await this.statuses.advance(order, e.status, { actorId: null, reason: `delivery ${e.status}`, owner: () => this.access.ownerOf(order) }, {
        ...(driverId && driverId !== order.driver_id ? { driverId } : {}),
        estimatedDeliveryTime: e.estimated_delivery_time ?? null,
      });
      // A repeated or late event only fills in a missing driver, or names the one who took over: before
      // pickup (assigned again), or after it (an admin handed the delivery over: dispatch repeats the status).
      const takenOver = e.status === order.status && (order.status === 'assigned' || order.status === 'picked_up' || order.status === 'in_transit');
      if (outcome === 'already' && driverId && driverId !== order.driver_id && (!order.driver_id || takenOver)) {
        await this.orders.update(order, { driver_id: driverId });
      }
      if (order.status === 'delivered') {
        await this.statuses.change(order, { to: 'completed', actorId: null, restaurantOwnerId: await this.access.ownerOf(order), reason: 'delivered' });
      }
    });
  }

  private async unassigned(order: Order, e: DeliveryStatusChanged): Promise<void> {
    // Only the driver the order has can give it back (a late event about an earlier driver changes nothing).
    if (e.driver_id && order.driver_id && e.driver_id !== order.driver_id) return;
    if (order.status === 'assigned') {
      await this.statuses.change(order, {
        to: 'ready',
        rule: 'driver_unassigned',
        driverId: null,
        actorId: null,
        restaurantOwnerId: await this.access.ownerOf(order),
        reason: 'driver unassigned',
      });
    } else if (order.status === 'picked_up' || order.status === 'in_transit') {
      await this.orders.flag(order, `the driver gave the delivery up after pickup (${order.status})`);
    }
  }
}
