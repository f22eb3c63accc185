import { Injectable } from '@nestjs/common';
import { OrderCreated } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { CrmCustomer } from '../../crm-customer.entity';
import { statsAfterOrder } from '../../domain/customer-stats';

/**
 * Counts a new order in its customer's totals, once per order: crm_customer_orders remembers the
 * orders counted, so a replay changes nothing. Guest orders have no CRM customer.
 */
@Injectable()
export class RecordOrderService {
  constructor(private readonly tx: TransactionHost) {}

  /** The customer's record after the order, or null for a guest order. */
  async record(order: OrderCreated, orderedAt: Date): Promise<CrmCustomer | null> {
    const customerId = order.customer_id;
    if (!customerId) return null;
    return this.tx.run(async (manager) => {
      const repo = this.tx.repository(CrmCustomer);
      // The order may come before its customer's user.registered; that event fills in the rest.
      await manager.query(`INSERT INTO crm_customers (id, segment) VALUES ($1, 'new') ON CONFLICT (id) DO NOTHING`, [customerId]);
      // Lock the customer before the foreign key of the counted order share-locks it: two orders of
      // one customer then queue up here instead of deadlocking on the upgrade.
      const customer = await repo.findOneOrFail({ where: { id: customerId }, lock: { mode: 'pessimistic_write' } });
      const counted: unknown[] = await manager.query(
        `INSERT INTO crm_customer_orders (order_id, customer_id, total_amount, ordered_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (order_id) DO NOTHING RETURNING order_id`,
        [order.order_id, customerId, order.total_amount, orderedAt],
      );
      if (!counted.length) return customer;
      await repo.update({ id: customerId }, statsAfterOrder(customer, { amount: order.total_amount, orderedAt }));
      return repo.findOneByOrFail({ id: customerId });
    });
  }
}
