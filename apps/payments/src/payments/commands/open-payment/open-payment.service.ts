import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { OrderCreated } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { initialPayment } from '../../payment-rules';
import { Payment } from '../../payment.entity';

/** Opens the payment intent of a new order (once per order, whatever the redeliveries). */
@Injectable()
export class OpenPaymentService {
  constructor(private readonly tx: TransactionHost) {}

  async open(order: OrderCreated): Promise<Payment> {
    const { provider, status } = initialPayment(order.payment_method);
    return this.tx.run(async (manager) => {
      await manager.query(
        `INSERT INTO payments (id, order_id, restaurant_id, customer_id, method, provider, amount, currency, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (order_id) DO NOTHING`,
        [randomUUID(), order.order_id, order.restaurant_id, order.customer_id ?? null, order.payment_method, provider, order.total_amount, order.currency, status],
      );
      return this.tx.repository(Payment).findOneByOrFail({ order_id: order.order_id });
    });
  }
}
