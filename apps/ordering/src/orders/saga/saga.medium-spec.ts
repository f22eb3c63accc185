// The order saga against a real PostgreSQL: payments', kitchen's and dispatch's answers, the
// watchdog's deadlines (two replicas racing), customer cancellation and admins' interventions,
// driven through the use-case services as ordering's modules wire them, with a real
// TransactionHost/EventPublisher (the outbox).
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor, DeliveryStatusChanged, OrderStatus, PaymentFailed, PaymentSucceeded, PlatterError, RefundCompleted } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { validData } from '@platter/service-kit';
import { FeatureTestingModule, ThrowawaySchema, createThrowawaySchema } from '@platter/testing';
import { ORDERING_DATABASE, orderingServices } from '../../testing/ordering-services';
import { OrderingConfig } from '../../ordering.config';
import { CopyRestaurantService } from '../../replicas/commands/copy-restaurant/copy-restaurant.service';
import { CancelOrderService } from '../commands/cancel-order/cancel-order.service';
import { MoveOrderService } from '../commands/move-order/move-order.service';
import { KitchenTickets } from '../commands/move-order/kitchen-tickets';
import { FollowTicketService } from '../commands/follow-ticket/follow-ticket.service';
import { NewOrder, OrderRepository } from '../order.repository';
import { Order } from '../order.entity';
import { hashTrackingToken } from '../tracking-token';
import { AdminOrdersQueryRequest as AdminOrdersRequest } from '@platter/contracts';
import { AdminOrdersService } from '../admin/admin-orders.service';
import { FollowDeliveryService } from './delivery-progress/follow-delivery.service';
import { ApplyPaymentOutcomeService } from './payment-outcome/apply-payment-outcome.service';
import { ApplyRefundOutcomeService } from './refund-outcome/apply-refund-outcome.service';
import { SagaWatchdog } from './watchdog/saga-watchdog';

const owner: Actor = { user_id: randomUUID(), role: 'restaurant_owner' };
const customer: Actor = { user_id: randomUUID(), role: 'customer' };
const admin: Actor = { user_id: randomUUID(), role: 'admin' };
const restaurantId = randomUUID();
const driverA = randomUUID();
const driverB = randomUUID();
const SECOND = 1000;

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    return err instanceof PlatterError ? err.code : `unexpected: ${(err as Error).message}`;
  }
  return 'passed';
}


/** Kitchen as the restaurant's cooking steps find it: the ticket moves where it is asked to. */
const kitchenTickets: KitchenTickets = {
  moveForOrder: async (_actor, orderId, step) => ({ ticket_id: randomUUID(), order_id: orderId, status: step === 'preparing' ? 'in_progress' : 'done' }),
};

describe('order saga (PostgreSQL)', () => {
  let db: ThrowawaySchema;
  let bed: FeatureTestingModule;
  /** A second ordering replica over the same database, for the watchdogs' race. */
  let replica: FeatureTestingModule;
  let dataSource: DataSource;
  let tx: TransactionHost;
  let config: OrderingConfig;
  let orders: OrderRepository;
  let payments: ApplyPaymentOutcomeService;
  let refunds: ApplyRefundOutcomeService;
  let tickets: FollowTicketService;
  let deliveries: FollowDeliveryService;
  let cancel: CancelOrderService;
  let moveOrder: MoveOrderService;
  let adminOrders: AdminOrdersService;
  /** The kitchen the restaurant's cooking steps reach; a test may swap it for its own. */
  let kitchen: KitchenTickets = kitchenTickets;
  const kitchenPort: KitchenTickets = { moveForOrder: (actor, orderId, step) => kitchen.moveForOrder(actor, orderId, step) };
  const watchdog = () => bed.get(SagaWatchdog);

  beforeAll(async () => {
    db = await createThrowawaySchema('ordering', ORDERING_DATABASE);
    ({ dataSource, tx } = db);
    config = Object.assign(new OrderingConfig(), { ORDER_ACCEPT_TIMEOUT_SECONDS: 300, ORDER_PAYMENT_CHECK_GRACE_SECONDS: 60, SAGA_WATCHDOG_BATCH: 2 });
    const overrides = [{ provide: KitchenTickets, useValue: kitchenPort }];
    bed = await orderingServices(config, overrides, db);
    replica = await orderingServices(config, overrides, db);
    orders = bed.get(OrderRepository);
    payments = bed.get(ApplyPaymentOutcomeService);
    refunds = bed.get(ApplyRefundOutcomeService);
    tickets = bed.get(FollowTicketService);
    deliveries = bed.get(FollowDeliveryService);
    cancel = bed.get(CancelOrderService);
    moveOrder = bed.get(MoveOrderService);
    adminOrders = bed.get(AdminOrdersService);
    await bed.get(CopyRestaurantService).apply({ restaurant_id: restaurantId, owner_id: owner.user_id, name: 'Chez Mama', currency: 'XAF' }, new Date());
  });

  afterEach(() => {
    kitchen = kitchenTickets;
  });

  afterAll(async () => {
    await replica?.close();
    await bed?.close();
    await db?.drop();
  });

  /** An order as the placement path leaves it (or further along, for the later steps). */
  async function order(over: Partial<NewOrder> = {}): Promise<Order> {
    return tx.run(() =>
      orders.insert({
        id: randomUUID(), customer_id: customer.user_id, restaurant_id: restaurantId, status: 'created', delivery_type: 'delivery',
        delivery_address: { address: 'Rue Joss', latitude: 4.05, longitude: 9.7 }, payment_method: 'campay', payment_status: 'pending',
        subtotal: 5000, tax_amount: 0, delivery_fee: 1000, service_fee: 0, total_amount: 6000, currency: 'XAF', ...over,
      }),
    );
  }
  const reload = (id: string) => tx.repository(Order).findOneByOrFail({ id });
  const setColumns = (id: string, sql: string, params: unknown[] = []) => dataSource.query(`UPDATE orders SET ${sql} WHERE id = $1`, [id, ...params]);
  const eventsOf = async (type: string, orderId: string): Promise<Array<Record<string, unknown>>> =>
    (await dataSource.query(`SELECT envelope->'payload' AS p FROM outbox WHERE routing_key = $1 AND envelope->'payload'->>'order_id' = $2 ORDER BY seq`, [type, orderId])).map(
      (r: { p: Record<string, unknown> }) => r.p,
    );
  const moves = async (orderId: string) => (await eventsOf('order.status-changed', orderId)).map((p) => `${String(p.from)}>${String(p.to)}`);
  const paid = (orderId: string, over: Partial<PaymentSucceeded> = {}): PaymentSucceeded => ({
    payment_id: randomUUID(), order_id: orderId, method: 'campay', provider: 'campay', amount: 6000, currency: 'XAF', provider_reference: 'ref-1', paid_at: new Date().toISOString(), ...over,
  });
  const failed = (orderId: string, final: boolean): PaymentFailed => ({ payment_id: randomUUID(), order_id: orderId, method: 'wallet', provider: 'wallet', reason: 'insufficient balance', final });
  const refunded = (orderId: string, total: number, fully: boolean): RefundCompleted => ({
    refund_id: randomUUID(), order_id: orderId, payment_id: randomUUID(), amount: total, currency: 'XAF', destination: 'provider', total_refunded: total, fully_refunded: fully,
  });
  const delivery = (orderId: string, status: DeliveryStatusChanged['status'], driverId: string | null = driverA): DeliveryStatusChanged => ({
    delivery_id: randomUUID(), order_id: orderId, restaurant_id: restaurantId, driver_id: driverId, status, changed_at: new Date().toISOString(),
  });

  describe('payments', () => {
    it('confirms an unpaid order once, with the provider, and starts the restaurant deadline', async () => {
      const o = await order();
      const before = Date.now();
      await payments.succeeded(paid(o.id, { provider: 'noupay' }));
      await payments.succeeded(paid(o.id));
      const after = await reload(o.id);
      expect(after).toMatchObject({ status: 'confirmed', payment_status: 'completed', payment_provider: 'noupay', amount_paid: 6000 });
      expect(after.step_due_at!.getTime()).toBeGreaterThanOrEqual(before + 300 * SECOND - 1000);
      expect(after.step_due_at!.getTime()).toBeLessThanOrEqual(Date.now() + 300 * SECOND);
      expect(await moves(o.id)).toEqual(['created>confirmed']);
      const [changed] = await eventsOf('order.status-changed', o.id);
      expect(changed).toMatchObject({ actor_id: null, delivery_type: 'delivery', driver_id: null });
      expect(typeof changed.changed_at).toBe('string');
    });

    it('keeps a cancelled order cancelled when its money arrives late, and waits for the refund', async () => {
      const o = await order();
      await cancel.forCustomer(customer, o.id);
      await payments.succeeded(paid(o.id));
      const after = await reload(o.id);
      expect(after).toMatchObject({ status: 'cancelled', amount_paid: 6000, payment_status: 'completed' });
      expect(after.step_due_at).not.toBeNull();
      expect(await moves(o.id)).toEqual(['created>cancelled']);
    });

    it('waits after a failure that can be retried, cancels after a final one, and ignores failures once it is over', async () => {
      const o = await order({ payment_method: 'wallet' });
      await payments.failed(failed(o.id, false));
      expect(await reload(o.id)).toMatchObject({ status: 'created', payment_status: 'failed' });
      await payments.failed(failed(o.id, true));
      const after = await reload(o.id);
      expect(after).toMatchObject({ status: 'cancelled', payment_status: 'failed' });
      expect(after.cancelled_at).not.toBeNull();
      expect((await eventsOf('order.cancelled', o.id)).map((p) => p.reason)).toEqual(['payment_failed: insufficient balance']);
      await payments.failed(failed(o.id, true));
      expect(await eventsOf('order.cancelled', o.id)).toHaveLength(1);

      const confirmed = await order();
      await payments.succeeded(paid(confirmed.id));
      await payments.failed(failed(confirmed.id, true));
      expect(await reload(confirmed.id)).toMatchObject({ status: 'confirmed', payment_status: 'completed' });
    });
  });

  describe('refunds', () => {
    it('records partial then full refunds, never lowering the figure for a late or repeated event', async () => {
      const o = await order();
      await payments.succeeded(paid(o.id));
      await cancel.forCustomer(customer, o.id);
      expect((await reload(o.id)).step_due_at).not.toBeNull();
      await refunds.completed(refunded(o.id, 2000, false));
      expect(await reload(o.id)).toMatchObject({ amount_refunded: 2000, payment_status: 'partially_refunded' });
      expect((await reload(o.id)).step_due_at).not.toBeNull();
      await refunds.completed(refunded(o.id, 6000, true));
      await refunds.completed(refunded(o.id, 2000, false));
      const after = await reload(o.id);
      expect(after).toMatchObject({ amount_refunded: 6000, payment_status: 'refunded', step_due_at: null });
    });

    it('flags the order for admins when a refund fails', async () => {
      const o = await order();
      await refunds.failed({ refund_id: randomUUID(), order_id: o.id, payment_id: randomUUID(), amount: 6000, reason: 'provider refused' });
      const after = await reload(o.id);
      expect(after.saga_flagged_at).not.toBeNull();
      expect(after.saga_note).toBe('refund failed (6000 XAF): provider refused');
    });
  });

  describe('kitchen', () => {
    const ticket = (orderId: string, status: 'open' | 'in_progress' | 'done' | 'void') => ({ ticket_id: randomUUID(), order_id: orderId, restaurant_id: restaurantId, status });

    it('moves accepted → preparing → ready, harmlessly repeated, and agrees with the restaurant’s own buttons', async () => {
      const o = await order({ status: 'accepted', payment_status: 'completed' });
      await tickets.apply(ticket(o.id, 'open'));
      await tickets.apply(ticket(o.id, 'in_progress'));
      await tickets.apply(ticket(o.id, 'in_progress'));
      expect((await reload(o.id)).status).toBe('preparing');
      // The restaurant presses "preparing" after the kitchen did: no error, no second move.
      expect((await moveOrder.move(owner, o.id, 'preparing')).status).toBe('preparing');
      await moveOrder.move(owner, o.id, 'ready');
      await tickets.apply(ticket(o.id, 'done'));
      expect(await moves(o.id)).toEqual(['accepted>preparing', 'preparing>ready']);
    });

    it('applies preparing first when "done" overtakes "in_progress"', async () => {
      const o = await order({ status: 'accepted', payment_status: 'completed' });
      await tickets.apply(ticket(o.id, 'done'));
      await tickets.apply(ticket(o.id, 'in_progress'));
      expect(await moves(o.id)).toEqual(['accepted>preparing', 'preparing>ready']);
      expect((await reload(o.id)).status).toBe('ready');
    });

    it('moves the ticket for the restaurant’s own buttons: the order moves once, and kitchen’s later event is no echo', async () => {
      const o = await order({ status: 'accepted', payment_status: 'completed' });
      const asked: string[] = [];
      kitchen = {
        moveForOrder: async (actor, orderId, step) => {
          asked.push(`${actor.user_id === owner.user_id ? 'owner' : actor.user_id}:${step}`);
          return kitchenTickets.moveForOrder(actor, orderId, step);
        },
      };
      const buttons = moveOrder;
      expect((await buttons.move(owner, o.id, 'preparing')).status).toBe('preparing');
      // Kitchen's ticket.status-changed for that move, arriving afterwards (and redelivered): nothing more.
      await tickets.apply(ticket(o.id, 'in_progress'));
      await tickets.apply(ticket(o.id, 'in_progress'));
      expect((await buttons.move(owner, o.id, 'ready')).status).toBe('ready');
      await tickets.apply(ticket(o.id, 'done'));
      // Pressed again: no error, kitchen not asked again.
      expect((await buttons.move(owner, o.id, 'ready')).status).toBe('ready');
      expect(asked).toEqual(['owner:preparing', 'owner:ready']);
      expect(await moves(o.id)).toEqual(['accepted>preparing', 'preparing>ready']);
      const history = await dataSource.query(`SELECT to_status, actor_id FROM order_status_history WHERE order_id = $1 ORDER BY at`, [o.id]);
      expect(history).toEqual([{ to_status: 'preparing', actor_id: owner.user_id }, { to_status: 'ready', actor_id: owner.user_id }]);
    });

    it('asks kitchen nothing for a cooking step the state machine refuses', async () => {
      const o = await order({ status: 'confirmed', payment_status: 'completed' });
      kitchen = { moveForOrder: () => Promise.reject(new Error('kitchen must not be asked')) };
      expect(await codeOf(moveOrder.move(owner, o.id, 'preparing'))).toBe('INVALID_STATE_TRANSITION');
      expect(await codeOf(moveOrder.move({ user_id: randomUUID(), role: 'restaurant_owner' }, o.id, 'ready'))).toBe('FORBIDDEN');
    });

    it('leaves an order the restaurant has not accepted, or a cancelled one, alone', async () => {
      const confirmed = await order({ status: 'confirmed' });
      const cancelled = await order({ status: 'cancelled' });
      await tickets.apply(ticket(confirmed.id, 'in_progress'));
      await tickets.apply(ticket(cancelled.id, 'done'));
      expect((await reload(confirmed.id)).status).toBe('confirmed');
      expect((await reload(cancelled.id)).status).toBe('cancelled');
    });
  });

  describe('dispatch', () => {
    it('fills in skipped driver steps in order, stores the driver, and completes on delivery with the settlement figures', async () => {
      const o = await order({ status: 'ready', payment_status: 'completed', discount_amount: 500, commission_rate_bps: 1200 });
      await deliveries.apply(delivery(o.id, 'picked_up'));
      await deliveries.apply(delivery(o.id, 'assigned'));
      expect(await reload(o.id)).toMatchObject({ status: 'picked_up', driver_id: driverA });
      await deliveries.apply({ ...delivery(o.id, 'delivered'), estimated_delivery_time: '2026-03-01T12:30:00.000Z' });
      await deliveries.apply(delivery(o.id, 'delivered'));
      const after = await reload(o.id);
      expect(after).toMatchObject({ status: 'completed', driver_id: driverA, step_due_at: null });
      expect(after.completed_at).not.toBeNull();
      expect(await moves(o.id)).toEqual(['ready>assigned', 'assigned>picked_up', 'picked_up>in_transit', 'in_transit>delivered', 'delivered>completed']);
      const changes = await eventsOf('order.status-changed', o.id);
      expect(changes[0].driver_id).toBe(driverA);
      expect(changes[3].estimated_delivery_time).toBe('2026-03-01T12:30:00.000Z');
      const completed = await eventsOf('order.completed', o.id);
      expect(completed).toHaveLength(1);
      expect(completed[0]).toMatchObject({
        driver_id: driverA, delivery_type: 'delivery', payment_method: 'campay', subtotal: 5000, discount_amount: 500, delivery_fee: 1000,
        total_amount: 6000, currency: 'XAF', commission_rate_bps: 1200, restaurant_owner_id: owner.user_id,
      });
      const history: Array<{ to_status: OrderStatus }> = await dataSource.query(`SELECT to_status FROM order_status_history WHERE order_id = $1 ORDER BY at`, [o.id]);
      expect(history.map((h) => h.to_status)).toEqual(['assigned', 'picked_up', 'in_transit', 'delivered', 'completed']);
    });

    it('puts an order back to ready when its driver gives it up before pickup, and only for that driver', async () => {
      const o = await order({ status: 'ready', payment_status: 'completed' });
      await deliveries.apply(delivery(o.id, 'assigned', driverA));
      await deliveries.apply(delivery(o.id, 'unassigned', driverB));
      expect(await reload(o.id)).toMatchObject({ status: 'assigned', driver_id: driverA });
      await deliveries.apply(delivery(o.id, 'unassigned', driverA));
      expect(await reload(o.id)).toMatchObject({ status: 'ready', driver_id: null });
      await deliveries.apply(delivery(o.id, 'assigned', driverB));
      expect(await reload(o.id)).toMatchObject({ status: 'assigned', driver_id: driverB });
      await deliveries.apply(delivery(o.id, 'picked_up', driverB));
      await deliveries.apply(delivery(o.id, 'unassigned', driverB));
      const after = await reload(o.id);
      expect(after.status).toBe('picked_up');
      expect(after.saga_note).toMatch(/gave the delivery up after pickup/);
    });

    it('takes an accepted order whose kitchen news was overtaken through the kitchen steps too, naming the driver on assignment', async () => {
      const o = await order({ status: 'accepted', payment_status: 'completed' });
      await deliveries.apply(delivery(o.id, 'picked_up', driverB));
      expect(await moves(o.id)).toEqual(['accepted>preparing', 'preparing>ready', 'ready>assigned', 'assigned>picked_up']);
      const changes = await eventsOf('order.status-changed', o.id);
      expect(changes.map((c) => c.driver_id)).toEqual([null, null, driverB, driverB]);
      expect(await reload(o.id)).toMatchObject({ status: 'picked_up', driver_id: driverB });
    });

    it('ignores delivery news for a pickup order or one not yet accepted', async () => {
      const pickup = await order({ status: 'ready', delivery_type: 'pickup', delivery_address: null });
      const unpaid = await order();
      await deliveries.apply(delivery(pickup.id, 'assigned'));
      await deliveries.apply(delivery(unpaid.id, 'delivered'));
      expect((await reload(pickup.id)).status).toBe('ready');
      expect((await reload(unpaid.id)).status).toBe('created');
    });
  });

  describe('watchdog', () => {
    it('asks payments once at the payment deadline, then cancels the unpaid order (payment_timeout)', async () => {
      const o = await order();
      await setColumns(o.id, `payment_due_at = now() - interval '1 second'`);
      const dog = watchdog();
      expect((await dog.sweep()).get(o.id)).toBe('payment_check_requested');
      expect(await eventsOf('order.payment-check-requested', o.id)).toHaveLength(1);
      expect((await reload(o.id)).status).toBe('created');
      // Nothing more during the grace period.
      expect((await dog.sweep()).get(o.id)).toBeUndefined();
      expect((await dog.sweep(new Date(Date.now() + 61 * SECOND))).get(o.id)).toBe('cancelled');
      expect(await reload(o.id)).toMatchObject({ status: 'cancelled', step_due_at: null });
      expect((await eventsOf('order.cancelled', o.id)).map((p) => p.reason)).toEqual(['payment_timeout']);
      expect(await eventsOf('order.payment-check-requested', o.id)).toHaveLength(1);
    });

    it("cancels a confirmed order the restaurant did not accept in time, using the restaurant's own timeout", async () => {
      const other = randomUUID();
      await bed.get(CopyRestaurantService).apply({ restaurant_id: other, owner_id: owner.user_id, name: 'Quick', currency: 'XAF' }, new Date());
      await dataSource.query(`INSERT INTO restaurant_config_replicas (restaurant_id, key, value, source_occurred_at) VALUES ($1, 'acceptance_timeout_minutes', '1', now())`, [other]);
      const o = await order({ restaurant_id: other });
      await payments.succeeded(paid(o.id));
      const due = (await reload(o.id)).step_due_at!;
      expect(due.getTime()).toBeLessThanOrEqual(Date.now() + 60 * SECOND);
      expect(due.getTime()).toBeGreaterThan(Date.now() + 50 * SECOND);
      expect((await watchdog().sweep()).get(o.id)).toBeUndefined();
      expect((await watchdog().sweep(new Date(Date.now() + 61 * SECOND))).get(o.id)).toBe('cancelled');
      expect((await eventsOf('order.cancelled', o.id)).map((p) => p.reason)).toEqual(['restaurant_timeout']);
      // Paid: it now waits for payments' refund.
      expect((await reload(o.id)).step_due_at).not.toBeNull();
    });

    it('flags a stuck order instead of cancelling it, once, and the flag goes when it moves', async () => {
      const o = await order({ status: 'accepted', payment_status: 'completed' });
      await moveOrder.move(owner, o.id, 'preparing');
      await setColumns(o.id, `step_due_at = now() - interval '1 second'`);
      expect((await watchdog().sweep()).get(o.id)).toBe('flagged');
      expect((await watchdog().sweep()).get(o.id)).toBeUndefined();
      const flagged = await reload(o.id);
      expect(flagged).toMatchObject({ status: 'preparing', saga_note: 'preparation is taking longer than expected' });
      expect(flagged.saga_flagged_at).not.toBeNull();
      await moveOrder.move(owner, o.id, 'ready');
      expect(await reload(o.id)).toMatchObject({ status: 'ready', saga_flagged_at: null, saga_note: null });
    });

    it('flags a cancelled order whose refund has not come in time', async () => {
      const o = await order();
      await payments.succeeded(paid(o.id));
      await cancel.forCustomer(customer, o.id, 'changed my mind');
      await setColumns(o.id, `step_due_at = now() - interval '1 second'`);
      expect((await watchdog().sweep()).get(o.id)).toBe('flagged');
      expect((await reload(o.id)).saga_note).toMatch(/not been refunded/);
      await refunds.completed(refunded(o.id, 6000, true));
      expect(await reload(o.id)).toMatchObject({ saga_flagged_at: null, step_due_at: null, payment_status: 'refunded' });
    });

    it('never cancels twice when two replicas race over the same overdue orders', async () => {
      const racing = await Promise.all([1, 2, 3, 4, 5].map(() => order({ status: 'confirmed' })));
      for (const o of racing) await setColumns(o.id, `step_due_at = now() - interval '1 second'`);
      const [a, b] = await Promise.all([watchdog().sweep(), replica.get(SagaWatchdog).sweep()]);
      for (const o of racing) {
        expect([a.get(o.id), b.get(o.id)].filter((x) => x === 'cancelled')).toHaveLength(1);
        expect(await eventsOf('order.cancelled', o.id)).toHaveLength(1);
        const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM order_status_history WHERE order_id = $1 AND to_status = 'cancelled'`, [o.id]);
        expect(n).toBe(1);
      }
    });
  });

  describe('customer and guest cancellation', () => {
    it('lets the customer cancel while created, confirmed or accepted, and refuses afterwards or for another customer', async () => {
      for (const status of ['created', 'confirmed', 'accepted'] as OrderStatus[]) {
        const o = await order({ status });
        expect((await cancel.forCustomer(customer, o.id, '  ')).status).toBe('cancelled');
        expect((await eventsOf('order.cancelled', o.id))[0]).toMatchObject({ from: status, reason: 'cancelled by the customer' });
      }
      const preparing = await order({ status: 'preparing' });
      expect(await codeOf(cancel.forCustomer(customer, preparing.id))).toBe('INVALID_STATE_TRANSITION');
      const mine = await order();
      expect(await codeOf(cancel.forCustomer({ user_id: randomUUID(), role: 'customer' }, mine.id))).toBe('NOT_FOUND');
    });

    it('lets a guest cancel with the tracking token only', async () => {
      const token = 'tok-' + randomUUID();
      const o = await order({ customer_id: null, guest_name: 'Awa', guest_phone: '+237670000000', tracking_token_hash: hashTrackingToken(token), payment_method: 'cash', status: 'confirmed' });
      expect(await codeOf(cancel.forGuest(o.id, 'wrong'))).toBe('NOT_FOUND');
      expect((await cancel.forGuest(o.id, token, 'plans changed')).status).toBe('cancelled');
      expect((await eventsOf('order.cancelled', o.id))[0]).toMatchObject({ reason: 'plans changed', customer_id: null });
    });
  });

  describe('admin', () => {
    it('overrides a status along the machine or to cancelled from any non-final status, audited, and refuses other jumps', async () => {
      const o = await order({ status: 'preparing', payment_status: 'completed' });
      expect(await codeOf(adminOrders.setStatus(admin, { id: o.id, status: 'delivered', reason: 'skip' }))).toBe('INVALID_STATE_TRANSITION');
      expect(await codeOf(adminOrders.setStatus(admin, { id: o.id, status: 'ready', reason: '   ' }))).toBe('VALIDATION_ERROR');
      const ready = await adminOrders.setStatus(admin, { id: o.id, status: 'ready', reason: 'kitchen forgot to press ready' });
      expect(ready.status).toBe('ready');
      const cancelled = await adminOrders.setStatus(admin, { id: o.id, status: 'cancelled', reason: 'restaurant closed' });
      expect(cancelled.status).toBe('cancelled');
      expect(cancelled.status_history.slice(-2)).toEqual([
        expect.objectContaining({ from: 'preparing', to: 'ready', actor_id: admin.user_id, reason: 'kitchen forgot to press ready' }),
        expect.objectContaining({ from: 'ready', to: 'cancelled', actor_id: admin.user_id, reason: 'restaurant closed' }),
      ]);
      expect(cancelled.audit.map((a) => [a.action, a.actor_id, a.detail.to])).toEqual([
        ['status.override', admin.user_id, 'ready'],
        ['status.override', admin.user_id, 'cancelled'],
      ]);
      expect(await codeOf(adminOrders.setStatus(admin, { id: o.id, status: 'cancelled', reason: 'again' }))).toBe('INVALID_STATE_TRANSITION');
    });

    it('asks payments for a refund only when something captured is left, audited', async () => {
      const unpaid = await order();
      expect(await codeOf(adminOrders.refund(admin, { id: unpaid.id, reason: 'goodwill' }))).toBe('NOTHING_TO_REFUND');
      const o = await order();
      await payments.succeeded(paid(o.id));
      await refunds.completed(refunded(o.id, 1000, false));
      expect(await codeOf(adminOrders.refund(admin, { id: o.id, amount: 5001, reason: 'too much' }))).toBe('VALIDATION_ERROR');
      const asked = await adminOrders.refund(admin, { id: o.id, amount: 2000, reason: 'cold food', to_wallet: true });
      expect(asked).toMatchObject({ order_id: o.id, amount: 2000, to_wallet: true, status: 'requested' });
      const [event] = await eventsOf('order.refund-requested', o.id);
      expect(event).toMatchObject({ refund_request_id: asked.refund_request_id, amount: 2000, reason: 'cold food', requested_by: admin.user_id, to_wallet: true });
      const detail = await adminOrders.get(o.id);
      expect(detail.saga).toMatchObject({ amount_paid: 6000, amount_refunded: 1000, refundable: 5000, payment_provider: 'campay' });
      expect(detail.audit.map((a) => a.action)).toEqual(['refund.requested']);
    });

    it('asks once for a refund retried under the same Idempotency-Key', async () => {
      const o = await order();
      await payments.succeeded(paid(o.id));
      const request = { id: o.id, amount: 1500, reason: 'late delivery', idempotency_key: `refund-${o.id}` };
      const first = await adminOrders.refund(admin, request);
      expect(await adminOrders.refund(admin, request)).toEqual(first);
      expect(await eventsOf('order.refund-requested', o.id)).toHaveLength(1);
      expect(await codeOf(adminOrders.refund(admin, { ...request, amount: 1000 }))).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    it('lists orders by filter and stuck ones, and resumes a stuck order', async () => {
      const o = await order({ status: 'accepted', payment_status: 'completed' });
      await setColumns(o.id, `step_due_at = now() - interval '1 second'`);
      await watchdog().handle(o.id, new Date());
      const flagged = await adminOrders.list(validData(AdminOrdersRequest, { flagged: 'true', status: 'accepted', restaurant_id: restaurantId, limit: '100' }));
      expect(flagged.items.map((i) => i.id)).toContain(o.id);
      expect(flagged.items.every((i) => i.saga.flagged && i.status === 'accepted')).toBe(true);
      const stuck = await adminOrders.stuck({ page: 1, limit: 100 });
      expect(stuck.items.find((i) => i.id === o.id)?.saga).toMatchObject({ flagged: true, overdue: true });
      const overdueOnly = await order({ status: 'assigned' });
      await setColumns(overdueOnly.id, `step_due_at = now() - interval '1 second'`);
      expect((await adminOrders.stuck({ page: 1, limit: 100 })).items.map((i) => i.id)).toContain(overdueOnly.id);

      const resumed = await adminOrders.resume(admin, { id: o.id, reason: 'called the restaurant' });
      expect(resumed.saga).toMatchObject({ flagged: false, overdue: false, note: null });
      expect(new Date(resumed.saga.step_due_at!).getTime()).toBeGreaterThan(Date.now() + 60 * SECOND);
      expect(resumed.audit.map((a) => a.action)).toEqual(['saga.resumed']);
      const announced = await eventsOf('order.status-changed', o.id);
      expect(announced.at(-1)).toMatchObject({ to: 'accepted', actor_id: admin.user_id });
      expect((await adminOrders.stuck({ page: 1, limit: 100 })).items.map((i) => i.id)).not.toContain(o.id);

      const unpaid = await order();
      await adminOrders.resume(admin, { id: unpaid.id });
      expect(await eventsOf('order.payment-check-requested', unpaid.id)).toHaveLength(1);
      const done = await order({ status: 'completed' });
      expect(await codeOf(adminOrders.resume(admin, { id: done.id }))).toBe('INVALID_STATE_TRANSITION');
    });

    it('compensates by cancelling (payments refunds on order.cancelled), or by a refund request for a cancelled order', async () => {
      const o = await order({ status: 'in_transit', payment_status: 'completed', driver_id: driverA });
      const result = await adminOrders.compensate(admin, { id: o.id, reason: 'driver lost the food' });
      expect(result.status).toBe('cancelled');
      expect((await eventsOf('order.cancelled', o.id))[0]).toMatchObject({ from: 'in_transit', reason: 'compensated: driver lost the food' });
      expect(await codeOf(adminOrders.compensate(admin, { id: o.id, reason: 'again' }))).toBe('NOTHING_TO_REFUND');
      const paidAndCancelled = await order();
      await payments.succeeded(paid(paidAndCancelled.id));
      await cancel.forCustomer(customer, paidAndCancelled.id);
      await adminOrders.compensate(admin, { id: paidAndCancelled.id, reason: 'refund stuck' });
      expect(await eventsOf('order.refund-requested', paidAndCancelled.id)).toHaveLength(1);
    });
  });
});
