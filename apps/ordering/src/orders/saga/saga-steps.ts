import { Injectable } from '@nestjs/common';
import { OrderStatus } from '@platter/contracts';
import { OrderStatusChanger, StatusChange } from '../order-status-changer';
import { Order } from '../order.entity';
import { pathTo } from './saga-path';
import { SagaOrders } from './saga-orders';

export type AdvanceOutcome = 'moved' | 'already' | 'unreachable';

/** Moves a locked order forward to a status another service reports, through any step it skipped. */
@Injectable()
export class SagaSteps {
  constructor(
    private readonly orders: SagaOrders,
    private readonly statuses: OrderStatusChanger,
  ) {}

  /** The ETA goes with the last step; `driverId` is stored with the assigned step (or the first, if assigned is behind). */
  async advance(order: Order, to: OrderStatus, reason: string, extra: Pick<StatusChange, 'driverId' | 'estimatedDeliveryTime'> = {}): Promise<AdvanceOutcome> {
    const path = pathTo(order.status, to, order.delivery_type);
    if (path.kind !== 'steps') return path.kind;
    const owner = await this.orders.ownerOf(order);
    const driverStep = path.steps.includes('assigned') ? path.steps.indexOf('assigned') : 0;
    for (const [i, step] of path.steps.entries()) {
      const last = i === path.steps.length - 1;
      await this.statuses.change(order, {
        to: step,
        actorId: null,
        restaurantOwnerId: owner,
        reason: last ? reason : `${reason} (step implied)`,
        ...(i === driverStep && extra.driverId !== undefined ? { driverId: extra.driverId } : {}),
        ...(last && extra.estimatedDeliveryTime ? { estimatedDeliveryTime: extra.estimatedDeliveryTime } : {}),
      });
    }
    return 'moved';
  }
}
