// Loyalty, referrals and reviews against a real PostgreSQL: the event consumers and RPC handlers
// driven directly, with a real TransactionHost and outbox.
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor, OrderCompleted, OrderStatus, RpcRequest, UserRegistered } from '@platter/contracts';
import { validData } from '@platter/service-kit';
import { FeatureTestingModule, rejection } from '@platter/testing';
import { orderingServices } from '../testing/ordering-services';
import { OrderingConfig } from '../ordering.config';
import { hashTrackingToken } from '../orders/tracking-token';
import { SendReferralRpc } from '../referrals/commands/send-referral/send-referral.rpc';
import { TrackCustomerService } from '../referrals/commands/track-customer/track-customer.service';
import { ReferralStatsRpc } from '../referrals/queries/referral-stats/referral-stats.rpc';
import { SubmitGuestFeedbackRpcRequest as SubmitGuestFeedbackRequest, SubmitReviewRpcRequest as SubmitReviewRequest } from '@platter/contracts';
import { SubmitReviewService } from '../reviews/commands/submit-review/submit-review.service';
import { ListMyReviewsRpc } from '../reviews/queries/list-my-reviews/list-my-reviews.rpc';
import { BirthdayBonusJob } from './commands/birthday-bonus/birthday-bonus.job';
import { EarnOnCompletionService } from './commands/earn-on-completion/earn-on-completion.service';
import { OrderCancelledConsumer } from './commands/restore-on-cancellation/order-cancelled.consumer';
import { LoyaltyLedger } from './loyalty-ledger';
import { GetHistoryRpc } from './queries/get-history/get-history.rpc';
import { GetPointsRpc } from './queries/get-points/get-points.rpc';

const as = <D>(actor: Actor | null, data: D): RpcRequest<D> => ({ actor, data });
const customerActor = (id: string): Actor => ({ user_id: id, role: 'customer' });
const restaurantId = randomUUID();
const ownerId = randomUUID();

describe('loyalty, referrals and reviews (PostgreSQL)', () => {
  let bed: FeatureTestingModule;
  let dataSource: DataSource;
  let ledger: LoyaltyLedger;
  let earn: EarnOnCompletionService;
  let track: TrackCustomerService;
  let reviews: SubmitReviewService;
  let birthdays: BirthdayBonusJob;
  let points: GetPointsRpc;
  let history: GetHistoryRpc;
  let stats: ReferralStatsRpc;
  let sendReferral: SendReferralRpc;
  let myReviews: ListMyReviewsRpc;
  let cancelled: OrderCancelledConsumer;
  let orderCount = 0;

  beforeAll(async () => {
    const config = Object.assign(new OrderingConfig(), { LOYALTY_TIME_ZONE: 'Africa/Douala' });
    bed = await orderingServices(config);
    dataSource = bed.dataSource;
    ledger = bed.get(LoyaltyLedger);
    earn = bed.get(EarnOnCompletionService);
    track = bed.get(TrackCustomerService);
    reviews = bed.get(SubmitReviewService);
    birthdays = bed.get(BirthdayBonusJob);
    points = bed.get(GetPointsRpc);
    history = bed.get(GetHistoryRpc);
    stats = bed.get(ReferralStatsRpc);
    sendReferral = bed.get(SendReferralRpc);
    myReviews = bed.get(ListMyReviewsRpc);
    cancelled = bed.get(OrderCancelledConsumer);
  });

  afterAll(async () => {
    await bed?.close();
  });

  /** An order as placement would have left it, moved straight to `status`. */
  async function order(opts: { customerId?: string | null; status: OrderStatus; total?: number; trackingToken?: string; driverId?: string }): Promise<string> {
    const id = randomUUID();
    orderCount++;
    await dataSource.query(
      `INSERT INTO orders (id, order_number, customer_id, restaurant_id, status, delivery_type, payment_method, payment_status,
                           subtotal, tax_amount, delivery_fee, service_fee, total_amount, currency, guest_name, tracking_token_hash, driver_id)
       VALUES ($1, $2, $3, $4, $5, 'pickup', 'cash', 'completed', $6, 0, 0, 0, $6, 'XAF', $7, $8, $9)`,
      [
        id, `ORD-TEST-${orderCount}`, opts.customerId ?? null, restaurantId, opts.status, opts.total ?? 5000,
        opts.trackingToken ? 'Guest' : null, opts.trackingToken ? hashTrackingToken(opts.trackingToken) : null, opts.driverId ?? null,
      ],
    );
    return id;
  }

  const completed = (orderId: string, customerId: string | null, total: number): OrderCompleted => ({
    order_id: orderId, order_number: 'ORD', restaurant_id: restaurantId, restaurant_owner_id: ownerId, customer_id: customerId,
    delivery_type: 'pickup', payment_method: 'cash', subtotal: total, discount_amount: 0, tax_amount: 0, delivery_fee: 0,
    service_fee: 0, total_amount: total, currency: 'XAF', commission_rate_bps: 1500, completed_at: new Date().toISOString(),
  });
  const registered = (userId: string, extra: Partial<UserRegistered> = {}): UserRegistered => ({
    user_id: userId, email: `${userId}@example.cm`, name: 'Someone', role: 'customer', ...extra,
  });
  const balanceOf = (customerId: string) => ledger.balance(customerId);

  it('earns 10 points per 1000 XAF on completion, once however often order.completed is redelivered', async () => {
    const customer = randomUUID();
    await track.registered(registered(customer));
    const orderId = await order({ customerId: customer, status: 'completed', total: 12_500 });
    await earn.apply(completed(orderId, customer, 12_500));
    await earn.apply(completed(orderId, customer, 12_500));
    expect(await balanceOf(customer)).toBe(120);
    const view = await points.handle(as(customerActor(customer), {}));
    expect(view).toMatchObject({ balance: 120, worth: { currency: 'XAF', amount: 120 }, tier: { name: 'bronze', lifetime_points: 120 } });
    const page = await history.handle(as(customerActor(customer), { page: 1, limit: 10 }));
    expect(page.items).toMatchObject([{ points: 120, kind: 'order_completed', order_id: orderId }]);
    expect(page.pagination.total).toBe(1);
    // A guest's order earns no one anything.
    await earn.apply(completed(await order({ status: 'completed', trackingToken: randomUUID() }), null, 9000));
  });

  it('pays the referrer 500 once, on the referred customer’s first completed order only', async () => {
    const alice = randomUUID();
    const bob = randomUUID();
    await track.registered(registered(alice));
    const code = (await stats.handle(as(customerActor(alice), {}))).referral_code;
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    await track.registered(registered(bob, { referral_code: code.toLowerCase() }));
    await track.registered(registered(bob, { referral_code: code })); // redelivered
    expect(await stats.handle(as(customerActor(alice), {}))).toMatchObject({ signed_up: 1, completed: 0, points_earned: 0 });

    const first = await order({ customerId: bob, status: 'completed', total: 3000 });
    await earn.apply(completed(first, bob, 3000));
    await earn.apply(completed(first, bob, 3000));
    const second = await order({ customerId: bob, status: 'completed', total: 3000 });
    await earn.apply(completed(second, bob, 3000));
    expect(await balanceOf(alice)).toBe(500);
    expect(await balanceOf(bob)).toBe(60);
    expect(await stats.handle(as(customerActor(alice), {}))).toMatchObject({ referral_code: code, signed_up: 1, completed: 1, points_earned: 500 });
  });

  it('ignores an unknown code and one’s own code; pays a referral whose user.registered came after the first order', async () => {
    const carol = randomUUID();
    await track.registered(registered(carol, { referral_code: 'ZZZZZZZZ' }));
    const own = (await stats.handle(as(customerActor(carol), {}))).referral_code;
    await track.registered(registered(carol, { referral_code: own }));
    expect((await dataSource.query(`SELECT referred_by FROM customer_profiles WHERE customer_id = $1`, [carol]))[0].referred_by).toBeNull();

    // Dan's order completes before identity's user.registered reaches ordering.
    const dan = randomUUID();
    const danOrder = await order({ customerId: dan, status: 'completed', total: 2000 });
    await dataSource.query(`UPDATE orders SET completed_at = now() WHERE id = $1`, [danOrder]);
    await earn.apply(completed(danOrder, dan, 2000));
    await track.registered(registered(dan, { referral_code: own }));
    await track.registered(registered(dan, { referral_code: own }));
    expect(await balanceOf(carol)).toBe(500);
  });

  it('gives back the points a cancelled order spent, once', async () => {
    const customer = randomUUID();
    await ledger.earn({ customerId: customer, points: 400, kind: 'adjustment', key: `test:${customer}` });
    const orderId = await order({ customerId: customer, status: 'cancelled' });
    await bed.tx.run(() => ledger.redeem(customer, 300, orderId));
    const event = { order_id: orderId, order_number: 'ORD', restaurant_id: restaurantId, restaurant_owner_id: ownerId, customer_id: customer, from: 'created' as const };
    await cancelled.handle(event);
    await cancelled.handle(event);
    expect(await balanceOf(customer)).toBe(400);
  });

  it('reviews a completed order once (+50, review.submitted), refuses early and foreign reviews', async () => {
    const customer = randomUUID();
    const stranger = randomUUID();
    const done = await order({ customerId: customer, status: 'completed' });
    const early = await order({ customerId: customer, status: 'preparing' });
    const review = (id: string, body: object = {}) => validData(SubmitReviewRequest, { id, rating: 5, comment: '  Délicieux ', ...body });

    expect(await rejection(reviews.submit({ kind: 'customer', customerId: customer }, review(early)))).toMatchObject({ code: 'ORDER_NOT_REVIEWABLE' });
    expect(await rejection(reviews.submit({ kind: 'customer', customerId: stranger }, review(done)))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rejection(reviews.submit({ kind: 'customer', customerId: customer }, review(done, { driver_rating: 4 })))).toMatchObject({
      code: 'NO_DRIVER_TO_RATE',
    });

    const view = await reviews.submit({ kind: 'customer', customerId: customer }, review(done));
    expect(view).toMatchObject({ order_id: done, rating: 5, comment: 'Délicieux', points_earned: 50 });
    expect(await rejection(reviews.submit({ kind: 'customer', customerId: customer }, review(done, { rating: 1 })))).toMatchObject({
      code: 'ORDER_ALREADY_REVIEWED',
      message: 'This order has already been reviewed',
    });
    expect(await balanceOf(customer)).toBe(50);
    const [event] = await dataSource.query(`SELECT envelope FROM outbox WHERE routing_key = 'review.submitted' AND envelope->'payload'->>'order_id' = $1`, [done]);
    expect(event.envelope.payload).toMatchObject({ review_id: view.id, restaurant_id: restaurantId, customer_id: customer, rating: 5 });
    const mine = await myReviews.handle(as(customerActor(customer), {}));
    expect(mine.items).toMatchObject([{ id: view.id, points_earned: 50 }]);
    expect(mine.pagination.total).toBe(1);
  });

  it('takes a guest’s feedback with the tracking token only, and gives no points', async () => {
    const token = randomUUID();
    const guestOrder = await order({ status: 'completed', trackingToken: token });
    const feedback = (t: string) => validData(SubmitGuestFeedbackRequest, { id: guestOrder, token: t, rating: 4 });
    expect(await rejection(reviews.submit({ kind: 'guest', token: 'wrong' }, feedback('wrong')))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await reviews.submit({ kind: 'guest', token }, feedback(token))).toMatchObject({ rating: 4, points_earned: 0 });
    expect(await rejection(reviews.submit({ kind: 'guest', token }, feedback(token)))).toMatchObject({ code: 'ORDER_ALREADY_REVIEWED' });
  });

  it('gives the birthday bonus once per calendar year, from the birthday on (not before, not to erased users)', async () => {
    const born = randomUUID();
    const later = randomUUID();
    const erased = randomUUID();
    await track.registered(registered(born, { birthday: '1990-03-10' }));
    await track.registered(registered(later, { birthday: '1990-03-20' }));
    await track.registered(registered(erased, { birthday: '1990-03-10' }));
    await track.deleted({ user_id: erased });
    await birthdays.run(new Date('2026-03-09T12:00:00Z'));
    expect(await balanceOf(born)).toBe(0);
    await birthdays.run(new Date('2026-03-10T08:00:00Z'));
    await birthdays.run(new Date('2026-03-12T08:00:00Z')); // within the grace days: already given
    expect(await balanceOf(born)).toBe(1000);
    expect(await balanceOf(later)).toBe(0);
    expect(await balanceOf(erased)).toBe(0);
    await birthdays.run(new Date('2027-03-10T08:00:00Z'));
    expect(await balanceOf(born)).toBe(2000);
    // A birthday changed on PUT /users/me follows; null removes it.
    await track.profileUpdated({ user_id: later, name: 'Someone', phone: null, birthday: null });
    await birthdays.run(new Date('2026-03-20T08:00:00Z'));
    expect(await balanceOf(later)).toBe(0);
  });

  it('records an invitation once per contact and counts it', async () => {
    const customer = randomUUID();
    const first = await sendReferral.send(as(customerActor(customer), { email: 'Friend@Example.cm' }));
    const again = await sendReferral.send(as(customerActor(customer), { email: 'friend@example.cm' }));
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({ channel: 'email', contact: 'friend@example.cm' });
    expect(first.message).toContain(first.referral_code);
    await sendReferral.send(as(customerActor(customer), { phone: '670 00 00 01' }));
    expect(await rejection(Promise.resolve().then(() => sendReferral.send(as(customerActor(customer), {}))))).toMatchObject({ code: 'VALIDATION_ERROR' });
    expect(
      await rejection(Promise.resolve().then(() => sendReferral.send(as(customerActor(customer), { email: 'a@b.cm', phone: '+237670000002' })))),
    ).toMatchObject({ code: 'VALIDATION_ERROR' });
    expect((await stats.handle(as(customerActor(customer), {}))).invited).toBe(2);
  });
});
