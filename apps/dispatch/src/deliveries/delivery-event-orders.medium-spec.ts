// Dispatch's delivery ends where its order's events say, whatever order they arrive in (and
// redelivered), on the real PostgreSQL through the real consumers: a cancellation or a ready that
// arrives before order.created is kept and applied when the delivery opens; order.created never
// brings a cancelled order's delivery back.
import { randomUUID } from 'node:crypto';
import { MessageEnvelope, OrderCancelled, OrderCreated, OrderStatus, OrderStatusChanged } from '@platter/contracts';
import { EventDeliverer, FeatureTestingModule, ThrowawaySchema, createThrowawaySchema, deliverInEveryOrder, envelopesOf } from '@platter/testing';
import { DispatchConfig } from '../dispatch.config';
import { dispatchEntities } from '../dispatch.module';
import { dispatchMigrations } from '../migrations';
import { dispatchServices } from '../testing/dispatch-services';
import { OrderCancelledConsumer } from './commands/cancel-delivery/order-cancelled.consumer';
import { OrderStatusChangedConsumer } from './commands/offer-delivery/order-status-changed.consumer';
import { OrderCreatedConsumer } from './commands/open-delivery/order-created.consumer';

describe('dispatch deliveries under every order of an order\'s events (PostgreSQL)', () => {
  let db: ThrowawaySchema;
  let bed: FeatureTestingModule;
  let deliverer: EventDeliverer;

  beforeAll(async () => {
    db = await createThrowawaySchema('dispatch', { entities: dispatchEntities, migrations: dispatchMigrations });
    bed = await dispatchServices(db, Object.assign(new DispatchConfig(), { OFFER_SWEEP_INTERVAL_MS: 0 }));
    deliverer = new EventDeliverer(bed, 'dispatch', [OrderCreatedConsumer, OrderStatusChangedConsumer, OrderCancelledConsumer]);
  });

  afterAll(async () => {
    await bed?.close();
    await db?.drop();
  });

  /** order.created, then these events of the same order (status changes, or 'order.cancelled'). */
  function orderEvents(...later: Array<[OrderStatus, OrderStatus] | 'order.cancelled'>) {
    return () => {
      const o: OrderCreated = {
        order_id: randomUUID(), order_number: 'ORD-5', restaurant_id: randomUUID(), restaurant_owner_id: randomUUID(), customer_id: randomUUID(),
        status: 'confirmed', items: [{ menu_item_id: randomUUID(), name: 'Ndolé', quantity: 1, unit_price: 3500 }], subtotal: 3500, total_amount: 4500,
        currency: 'XAF', delivery_type: 'delivery', payment_method: 'cash', delivery_fee: 1000, delivery_code: '4821',
        delivery_address: { address: 'Akwa, Douala', latitude: 4.03, longitude: 9.72 },
      };
      const changed = (from: OrderStatus, to: OrderStatus): OrderStatusChanged => ({
        order_id: o.order_id, order_number: o.order_number, restaurant_id: o.restaurant_id, restaurant_owner_id: o.restaurant_owner_id, customer_id: o.customer_id,
        from, to, changed_at: new Date().toISOString(), delivery_type: 'delivery',
      });
      const cancelled: OrderCancelled = {
        order_id: o.order_id, order_number: o.order_number, restaurant_id: o.restaurant_id, restaurant_owner_id: o.restaurant_owner_id, customer_id: o.customer_id,
        from: 'preparing', reason: 'customer changed their mind',
      };
      return envelopesOf(
        [
          { type: 'order.created', payload: o },
          ...later.map((e) => (e === 'order.cancelled' ? { type: 'order.cancelled', payload: cancelled } : { type: 'order.status-changed', payload: changed(...e) })),
        ],
        'ordering',
      );
    };
  }

  const deliveryState = async (envelopes: MessageEnvelope[]) => {
    const orderId = (envelopes[0].payload as OrderCreated).order_id;
    // expected_ready_at is only a forecast for early offers: once the order is ready it no longer counts.
    const rows: Array<{ status: string; ready: boolean }> = await db.dataSource.query(
      `SELECT status, order_ready_at IS NOT NULL AS ready FROM deliveries WHERE order_id = $1`,
      [orderId],
    );
    return rows;
  };

  it('a cancelled order\'s delivery ends cancelled, whenever the cancellation arrives', async () => {
    const failures = await deliverInEveryOrder({
      deliverer,
      events: orderEvents(['confirmed', 'accepted'], ['preparing', 'ready'], 'order.cancelled'),
      state: async (envelopes) => (await deliveryState(envelopes)).map((r) => r.status),
      expected: () => ['cancelled'],
      retries: 0,
    });
    expect(failures).toEqual([]);
  });

  it('a ready order\'s delivery is offered (in the pool, nobody online), whatever arrives first, without relying on retries', async () => {
    const failures = await deliverInEveryOrder({
      deliverer,
      events: orderEvents(['confirmed', 'accepted'], ['accepted', 'preparing'], ['preparing', 'ready']),
      state: deliveryState,
      expected: () => [{ status: 'available', ready: true }],
      retries: 0,
    });
    expect(failures).toEqual([]);
  });
});
