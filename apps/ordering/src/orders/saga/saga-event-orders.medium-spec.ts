// Ordering's order ends where payments', kitchen's and dispatch's events say, whatever order one
// order's events arrive in (and redelivered), on the real PostgreSQL through the real consumers.
// Only histories that can happen are delivered: a final payment failure has no success after it,
// and a refund only follows money in on a cancelled order.
import { randomUUID } from 'node:crypto';
import { DeliveryStatusChanged, OrderStatus, PaymentFailed, PaymentSucceeded, RefundCompleted, RefundFailed, TicketStatusChanged } from '@platter/contracts';
import { EventDeliverer, EventOf, FeatureTestingModule, ThrowawaySchema, createThrowawaySchema, deliverInEveryOrder, envelopesOf, permutations } from '@platter/testing';
import { ORDERING_DATABASE, orderingServices } from '../../testing/ordering-services';
import { OrderingConfig } from '../../ordering.config';
import { CopyRestaurantService } from '../../replicas/commands/copy-restaurant/copy-restaurant.service';
import { TicketStatusChangedConsumer } from '../commands/follow-ticket/ticket-status-changed.consumer';
import { NewOrder, OrderRepository } from '../order.repository';
import { DeliveryStatusChangedConsumer } from './delivery-progress/delivery-status-changed.consumer';
import { PaymentEventsConsumer } from './payment-outcome/payment-events.consumer';
import { RefundEventsConsumer } from './refund-outcome/refund-events.consumer';

const restaurantId = randomUUID();
const ownerId = randomUUID();
const driverId = randomUUID();

describe("ordering's saga under every order of an order's events (PostgreSQL)", () => {
  let db: ThrowawaySchema;
  let bed: FeatureTestingModule;
  let deliverer: EventDeliverer;
  /** Orders inserted ahead (events() is synchronous): each call of events() takes the next, the harness's first (counting) call included. */
  let pool: string[] = [];

  beforeAll(async () => {
    db = await createThrowawaySchema('ordering', ORDERING_DATABASE);
    bed = await orderingServices(new OrderingConfig(), [], db);
    deliverer = new EventDeliverer(bed, 'ordering', [PaymentEventsConsumer, RefundEventsConsumer, DeliveryStatusChangedConsumer, TicketStatusChangedConsumer]);
    await bed.get(CopyRestaurantService).apply({ restaurant_id: restaurantId, owner_id: ownerId, name: 'Chez Mama', currency: 'XAF' }, new Date());
  });

  afterAll(async () => {
    await bed?.close();
    await db?.drop();
  });

  /** One fresh order per order of `eventCount` events, as the placement path (or a later step) left it. */
  async function orders(eventCount: number, over: Partial<NewOrder>): Promise<void> {
    const repo = bed.get(OrderRepository);
    pool = [];
    for (let i = 0; i <= permutations(Array.from({ length: eventCount }, (_, k) => k)).length; i++) {
      const o = await bed.tx.run(() =>
        repo.insert({
          id: randomUUID(), customer_id: randomUUID(), restaurant_id: restaurantId, status: 'created', delivery_type: 'delivery',
          delivery_address: { address: 'Rue Joss', latitude: 4.05, longitude: 9.7 }, payment_method: 'campay', payment_status: 'pending',
          subtotal: 5000, tax_amount: 0, delivery_fee: 1000, service_fee: 0, total_amount: 6000, currency: 'XAF', ...over,
        }),
      );
      pool.push(o.id);
    }
  }
  const next = (build: (orderId: string) => EventOf[]) => () => envelopesOf(build(pool.shift()!), 'test');
  const orderIdOf = (envelopes: Array<{ payload: unknown }>) => (envelopes[0].payload as { order_id: string }).order_id;
  const state = async (envelopes: Array<{ payload: unknown }>) => {
    const [row] = await db.dataSource.query(
      `SELECT status, payment_status, amount_paid, amount_refunded, driver_id, saga_note, step_due_at IS NOT NULL AS waiting FROM orders WHERE id = $1`,
      [orderIdOf(envelopes)],
    );
    return row as Record<string, unknown>;
  };

  const paid = (orderId: string): EventOf => ({
    type: 'payment.succeeded',
    payload: { payment_id: randomUUID(), order_id: orderId, method: 'campay', provider: 'campay', amount: 6000, currency: 'XAF', provider_reference: 'ref-1', paid_at: new Date().toISOString() } satisfies PaymentSucceeded,
  });
  const paymentFailed = (orderId: string, final: boolean): EventOf => ({
    type: 'payment.failed',
    payload: { payment_id: randomUUID(), order_id: orderId, method: 'campay', provider: 'campay', reason: 'declined', final } satisfies PaymentFailed,
  });
  const refundCompleted = (orderId: string, total: number): EventOf => ({
    type: 'refund.completed',
    payload: { refund_id: randomUUID(), order_id: orderId, payment_id: randomUUID(), amount: total, currency: 'XAF', destination: 'provider', total_refunded: total, fully_refunded: total >= 6000 } satisfies RefundCompleted,
  });
  const refundFailed = (orderId: string): EventOf => ({
    type: 'refund.failed',
    payload: { refund_id: randomUUID(), order_id: orderId, payment_id: randomUUID(), amount: 6000, reason: 'provider down' } satisfies RefundFailed,
  });
  const ticket = (orderId: string, status: TicketStatusChanged['status']): EventOf => ({
    type: 'ticket.status-changed',
    payload: { ticket_id: randomUUID(), order_id: orderId, restaurant_id: restaurantId, status } as TicketStatusChanged,
  });
  const delivery = (orderId: string, status: DeliveryStatusChanged['status'], driver = driverId): EventOf => ({
    type: 'delivery.status-changed',
    payload: { delivery_id: randomUUID(), order_id: orderId, restaurant_id: restaurantId, driver_id: driver, status, changed_at: new Date().toISOString() } satisfies DeliveryStatusChanged,
  });

  it('an order paid after a retryable failure ends confirmed and paid, whichever answer arrives first', async () => {
    await orders(2, {});
    const failures = await deliverInEveryOrder({
      deliverer,
      events: next((id) => [paymentFailed(id, false), paid(id)]),
      state,
      expected: () => ({ status: 'confirmed', payment_status: 'completed', amount_paid: 6000, amount_refunded: 0, driver_id: null, saga_note: null, waiting: true }),
    });
    expect(failures).toEqual([]);
  });

  it('a payment failure after the customer cancelled changes nothing', async () => {
    await orders(2, { status: 'cancelled' as OrderStatus });
    const failures = await deliverInEveryOrder({
      deliverer,
      events: next((id) => [paymentFailed(id, false), paymentFailed(id, true)]),
      state,
      expected: () => ({ status: 'cancelled', payment_status: 'pending', amount_paid: 0, amount_refunded: 0, driver_id: null, saga_note: null, waiting: false }),
    });
    expect(failures).toEqual([]);
  });

  it('money in after the cancellation and its full refund leave the order refunded and settled, whichever arrives first', async () => {
    await orders(2, { status: 'cancelled' as OrderStatus });
    const failures = await deliverInEveryOrder({
      deliverer,
      events: next((id) => [paid(id), refundCompleted(id, 6000)]),
      state,
      expected: () => ({ status: 'cancelled', payment_status: 'refunded', amount_paid: 6000, amount_refunded: 6000, driver_id: null, saga_note: null, waiting: false }),
    });
    expect(failures).toEqual([]);
  });

  it('a refund that failed, then went through on retry, leaves no flag, whichever arrives first', async () => {
    await orders(3, { status: 'cancelled' as OrderStatus });
    const failures = await deliverInEveryOrder({
      deliverer,
      events: next((id) => [paid(id), refundFailed(id), refundCompleted(id, 6000)]),
      state,
      expected: () => ({ status: 'cancelled', payment_status: 'refunded', amount_paid: 6000, amount_refunded: 6000, driver_id: null, saga_note: null, waiting: false }),
    });
    expect(failures).toEqual([]);
  });

  it("a delivery order cooked and delivered ends completed with its driver, even when the delivery overtakes the kitchen", async () => {
    await orders(4, { status: 'accepted' as OrderStatus, payment_status: 'completed', amount_paid: 6000 });
    const failures = await deliverInEveryOrder({
      deliverer,
      events: next((id) => [ticket(id, 'in_progress'), ticket(id, 'done'), delivery(id, 'assigned'), delivery(id, 'delivered')]),
      state,
      expected: () => ({ status: 'completed', payment_status: 'completed', amount_paid: 6000, amount_refunded: 0, driver_id: driverId, saga_note: null, waiting: false }),
    });
    expect(failures).toEqual([]);
  });

  it('a delivery given up before pickup and taken by another driver ends with the second driver, whatever order', async () => {
    const other = randomUUID();
    await orders(4, { status: 'ready' as OrderStatus, payment_status: 'completed', amount_paid: 6000 });
    const failures = await deliverInEveryOrder({
      deliverer,
      events: next((id) => [delivery(id, 'assigned'), delivery(id, 'unassigned'), delivery(id, 'assigned', other), delivery(id, 'picked_up', other)]),
      state,
      expected: () => ({ status: 'picked_up', payment_status: 'completed', amount_paid: 6000, amount_refunded: 0, driver_id: other, saga_note: null, waiting: true }),
    });
    expect(failures.map((f) => f.order)).toEqual([]);
  });
});
