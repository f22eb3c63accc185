import { Injectable } from '@nestjs/common';
import { OrderCreated } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { CrmCustomer } from '../../crm-customer.entity';
import { CrmCustomerRepository } from '../../crm-customer.repository';
import { statsAfterOrder } from '../../domain/customer-stats';

/**
 * Counts a new order in its customer's totals, once per order: crm_customer_orders remembers the
 * orders counted, so a replay changes nothing. Guest orders have no CRM customer.
 */
@Injectable()
export class RecordOrderService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly customers: CrmCustomerRepository,
  ) {}

  /** The customer's record after the order, or null for a guest order. */
  async record(order: OrderCreated, orderedAt: Date): Promise<CrmCustomer | null> {
    const customerId = order.customer_id;
    if (!customerId) return null;
    return this.tx.run(async () => {
      // The order may come before its customer's user.registered; that event fills in the rest.
      await this.customers.ensure(customerId);
      // Lock the customer before the foreign key of the counted order share-locks it: two orders of
      // one customer then queue up here instead of deadlocking on the upgrade.
      const customer = await this.customers.lock(customerId);
      const counted = await this.customers.countOrder({ order_id: order.order_id, customer_id: customerId, total_amount: order.total_amount, ordered_at: orderedAt });
      if (!counted) return customer;
      await this.customers.updateStats(customerId, statsAfterOrder(customer, { amount: order.total_amount, orderedAt }));
      return this.customers.get(customerId);
    });
  }
}
