import { randomUUID } from 'node:crypto';
import { OrderCreated } from '@platter/contracts';
import { FeatureTestingModule, ThrowawaySchema, createFeatureTestingModule } from '@platter/testing';
import { paymentsMigrations } from './migrations';
import { PaymentsConfig } from './payments.config';
import { paymentsEntities } from './payments.module';
import { OpenPaymentService } from './payments/commands/open-payment/open-payment.service';
import { PaymentsModule } from './payments/payments.module';
import { ListPaymentsRpc } from './payments/queries/list-payments/list-payments.rpc';

// Payments' use cases against real PostgreSQL: its migrations, the payment intent each new order
// leaves, and that a replayed order.created opens no second one.

function orderCreated(paymentMethod: OrderCreated['payment_method'], customerId: string | null = randomUUID()): OrderCreated {
  return {
    order_id: randomUUID(),
    order_number: 'ORD-0002',
    restaurant_id: randomUUID(),
    restaurant_owner_id: randomUUID(),
    customer_id: customerId,
    status: 'created',
    items: [{ menu_item_id: randomUUID(), name: 'Poulet DG', quantity: 2, unit_price: 4500 }],
    subtotal: 9000,
    total_amount: 9750,
    currency: 'XAF',
    delivery_type: 'delivery',
    payment_method: paymentMethod,
  };
}

/** The list RPCs are for operators: an admin actor. */
const OPERATOR = { user_id: randomUUID(), role: 'admin' as const };

describe('payments (PostgreSQL)', () => {
  let bed: FeatureTestingModule;
  let db: ThrowawaySchema;
  let openPayment: OpenPaymentService;
  let listPayments: ListPaymentsRpc;

  beforeAll(async () => {
    bed = await createFeatureTestingModule({
      service: 'payments',
      database: { entities: paymentsEntities, migrations: paymentsMigrations },
      imports: [PaymentsModule],
      config: new PaymentsConfig(),
    });
    db = bed.db;
    openPayment = bed.get(OpenPaymentService);
    listPayments = bed.get(ListPaymentsRpc);
  });

  afterAll(async () => {
    await bed?.close();
  });

  const rowsFor = (orderId: string) =>
    db.dataSource.query(`SELECT order_id, customer_id, method, provider, amount, currency, status FROM payments WHERE order_id = $1`, [orderId]);

  it('runs the messaging tables first, then its own', () => {
    expect(db.applied[0]).toBe('MessagingTables1700000000000');
    expect(db.applied).toEqual(paymentsMigrations.map((m) => m.name));
  });

  it('opens one provider payment for an order, however often the event is applied', async () => {
    const order = orderCreated('campay');
    const first = await openPayment.open(order);
    const again = await openPayment.open(order);

    expect(again.id).toBe(first.id);
    expect(await rowsFor(order.order_id)).toEqual([
      { order_id: order.order_id, customer_id: order.customer_id, method: 'campay', provider: 'campay', amount: 9750, currency: 'XAF', status: 'pending' },
    ]);
  });

  it('leaves a cash payment of a guest order awaiting collection', async () => {
    const order = orderCreated('cash', null);
    await openPayment.open(order);
    expect(await rowsFor(order.order_id)).toEqual([
      { order_id: order.order_id, customer_id: null, method: 'cash', provider: 'cash', amount: 9750, currency: 'XAF', status: 'awaiting_collection' },
    ]);
  });

  it('lists payments for admins, filtered by order', async () => {
    const order = orderCreated('wallet');
    await openPayment.open(order);

    const forAdmin = await listPayments.list({ actor: { user_id: randomUUID(), role: 'admin' }, data: { order_id: order.order_id } });
    expect(forAdmin).toEqual([expect.objectContaining({ order_id: order.order_id, provider: 'wallet', amount: 9750, created_at: expect.any(String) })]);
    const forFleet = await listPayments.list({ actor: OPERATOR, data: {} });
    expect(forFleet.map((p) => p.order_id)).toContain(order.order_id);
  });

  it('refuses other actors and a malformed order id', async () => {
    await expect(listPayments.list({ actor: { user_id: randomUUID(), role: 'customer' }, data: {} })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listPayments.list({ actor: null, data: {} })).rejects.toMatchObject({ code: 'AUTH_REQUIRED' });
    await expect(listPayments.list({ actor: OPERATOR, data: { order_id: '42' } })).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
  });
});
