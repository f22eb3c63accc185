import { Injectable, Logger } from '@nestjs/common';
import { OrderStatus, TicketStatusChanged } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { SagaOrders } from '../saga-orders';
import { SagaSteps } from '../saga-steps';

const ORDER_STATUS_OF_TICKET: Partial<Record<TicketStatusChanged['status'], OrderStatus>> = { in_progress: 'preparing', done: 'ready' };

/**
 * The kitchen's ticket drives the order: in_progress → preparing, done → ready (with preparing first
 * if the kitchen skipped it). The restaurant may have moved the order itself through its own routes:
 * then the ticket's news is already applied and nothing happens. Only an accepted order is moved: the
 * kitchen opens tickets on acceptance, so an earlier one is left alone.
 */
@Injectable()
export class FollowTicketService {
  private readonly log = new Logger(FollowTicketService.name);

  constructor(
    private readonly tx: TransactionHost,
    private readonly orders: SagaOrders,
    private readonly steps: SagaSteps,
  ) {}

  async apply(e: TicketStatusChanged): Promise<void> {
    const target = ORDER_STATUS_OF_TICKET[e.status];
    if (!target) return;
    await this.tx.run(async () => {
      const order = await this.orders.lock(e.order_id);
      if (!order) return this.log.warn(`ticket.status-changed for unknown order ${e.order_id}: ignored`);
      if (order.status === 'created' || order.status === 'confirmed') {
        return this.log.warn(`ticket ${e.ticket_id} is ${e.status} but order ${order.id} is only ${order.status}: ignored`);
      }
      await this.steps.advance(order, target, `kitchen ticket ${e.status}`);
    });
  }
}
