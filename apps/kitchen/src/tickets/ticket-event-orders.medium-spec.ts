// Kitchen's ticket ends where its order's events say, whatever order they arrive in (and redelivered),
// on the real PostgreSQL through the real consumers: a cancellation or a cooking step that arrives
// before order.created is kept and applied when the ticket is drafted; order.created never
// resurrects a cancelled order.
import { randomUUID } from 'node:crypto';
import { OrderCreated, OrderStatus, OrderStatusChanged } from '@platter/contracts';
import { EventDeliverer, FeatureTestingModule, deliverInEveryOrder, envelopesOf } from '@platter/testing';
import { kitchenServices } from '../testing/kitchen-services';
import { OrderCreatedConsumer } from './commands/draft-ticket/order-created.consumer';
import { OrderStatusChangedConsumer } from './commands/follow-order/order-status-changed.consumer';

describe('kitchen tickets under every order of an order\'s events (PostgreSQL)', () => {
  let bed: FeatureTestingModule;
  let deliverer: EventDeliverer;

  beforeAll(async () => {
    bed = await kitchenServices();
    deliverer = new EventDeliverer(bed, 'kitchen', [OrderCreatedConsumer, OrderStatusChangedConsumer]);
  });

  afterAll(async () => {
    await bed?.close();
  });

  function orderCreated(orderId: string): OrderCreated {
    return {
      order_id: orderId, order_number: `ORD-${orderId.slice(0, 6)}`, restaurant_id: randomUUID(), restaurant_owner_id: randomUUID(), customer_id: randomUUID(),
      status: 'confirmed',
      items: [{ menu_item_id: randomUUID(), name: 'Ndolé', quantity: 1, unit_price: 4000 }],
      subtotal: 4000, total_amount: 4000, currency: 'XAF', delivery_type: 'delivery', payment_method: 'cash',
    };
  }

  /** order.created then the given moves of the same order. */
  function orderEvents(...moves: Array<[OrderStatus, OrderStatus]>) {
    return () => {
      const o = orderCreated(randomUUID());
      const changed = (from: OrderStatus, to: OrderStatus): OrderStatusChanged => ({
        order_id: o.order_id, order_number: o.order_number, restaurant_id: o.restaurant_id, restaurant_owner_id: o.restaurant_owner_id, customer_id: o.customer_id, from, to,
      });
      return envelopesOf([{ type: 'order.created', payload: o }, ...moves.map(([from, to]) => ({ type: 'order.status-changed', payload: changed(from, to) }))], 'ordering');
    };
  }

  const ticketState = async (envelopes: { payload: unknown }[]) => {
    const orderId = (envelopes[0].payload as OrderCreated).order_id;
    const rows: Array<{ status: string; lines: number }> = await bed.dataSource.query(
      `SELECT status, jsonb_array_length(lines) AS lines FROM tickets WHERE order_id = $1`,
      [orderId],
    );
    return rows;
  };

  it('a cancelled order\'s ticket ends void, whenever the cancellation arrives', async () => {
    const failures = await deliverInEveryOrder({
      deliverer,
      events: orderEvents(['confirmed', 'accepted'], ['accepted', 'cancelled']),
      state: ticketState,
      expected: () => [{ status: 'void', lines: 1 }],
    });
    expect(failures).toEqual([]);
  });

  it('a cancellation before acceptance voids the ticket, whatever arrives first', async () => {
    const failures = await deliverInEveryOrder({
      deliverer,
      events: orderEvents(['created', 'confirmed'], ['confirmed', 'cancelled']),
      state: ticketState,
      expected: () => [{ status: 'void', lines: 1 }],
    });
    expect(failures).toEqual([]);
  });

  it('an order cooked to ready leaves its ticket done, whatever order the steps arrive in', async () => {
    const failures = await deliverInEveryOrder({
      deliverer,
      events: orderEvents(['confirmed', 'accepted'], ['accepted', 'preparing'], ['preparing', 'ready']),
      state: ticketState,
      expected: () => [{ status: 'done', lines: 1 }],
    });
    expect(failures).toEqual([]);
  });

  it('an accepted order\'s ticket is open, and a step arriving before order.created is kept, not retried away', async () => {
    // No retries: the order.created of a retried message can come back after the transport's whole
    // retry budget of the later events, so an early event must not rely on being retried.
    const failures = await deliverInEveryOrder({
      deliverer,
      events: orderEvents(['confirmed', 'accepted'], ['accepted', 'preparing']),
      state: ticketState,
      expected: () => [{ status: 'in_progress', lines: 1 }],
      retries: 0,
    });
    expect(failures).toEqual([]);
  });

  it('an order cancelled while cooking is void, whatever came before (the decisive four in every order)', async () => {
    const failures = await deliverInEveryOrder({
      deliverer,
      events: orderEvents(['confirmed', 'accepted'], ['accepted', 'preparing'], ['preparing', 'cancelled']),
      state: ticketState,
      expected: () => [{ status: 'void', lines: 1 }],
      retries: 0,
    });
    expect(failures).toEqual([]);
  });
});
