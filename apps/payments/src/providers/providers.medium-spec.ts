import { randomUUID } from 'node:crypto';
import {
  FakeCampay,
  FakeNoupay,
  FakePaymob,
  FakeStripe,
  FeatureTestingModule,
  ThrowawaySchema,
  createFeatureTestingModule,
  signCampayJwt,
  signPaymobTransaction,
} from '@platter/testing';
import { paymentsMigrations } from '../migrations';
import { PaymentsConfig } from '../payments.config';
import { paymentsEntities } from '../payments.module';
import { CardCheckout } from './checkout/card-checkout';
import { StartCheckoutRpc } from './commands/start-checkout/start-checkout.rpc';
import { MobileMoneyCheckout } from './checkout/mobile-money-checkout';
import { AttemptPoller } from './polling/attempt-poller';
import { ProviderRefunds } from './provider-refunds.port';
import { ProvidersModule } from './providers.module';
import { ReceiveWebhookService } from './commands/receive-webhook/receive-webhook.service';

// The providers against real PostgreSQL and the fake provider servers: webhooks that capture once,
// duplicates and forgeries, out-of-order updates, the CamPay → NouPay fallback without a double
// charge, card checkouts, refunds through each provider, the status poll and Idempotency-Key.

const PHONE = '+237670000000';

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('payment providers (PostgreSQL, fake providers)', () => {
  let db: ThrowawaySchema;
  let app: FeatureTestingModule;
  const campay = new FakeCampay({ username: 'cp-user', password: 'cp-pass', webhookKey: 'cp-webhook-key' });
  const noupay = new FakeNoupay({ apiKey: 'np-key', secret: 'np-secret' });
  const stripe = new FakeStripe({ secretKey: 'sk_test_1', webhookSecret: 'whsec_1' });
  const paymob = new FakePaymob({ apiKey: 'pm-key', integrationId: 4242, hmacSecret: 'pm-hmac' });
  let mobile: MobileMoneyCheckout;
  let cards: CardCheckout;
  let webhooks: ReceiveWebhookService;
  let poller: AttemptPoller;
  let refunds: ProviderRefunds;
  let checkout: StartCheckoutRpc;

  beforeAll(async () => {
    const config = Object.assign(new PaymentsConfig(), {
      PAYMENT_PROVIDER_TIMEOUT_MS: 400,
      CAMPAY_BASE_URL: await campay.start(), CAMPAY_USERNAME: 'cp-user', CAMPAY_PASSWORD: 'cp-pass', CAMPAY_WEBHOOK_KEY: 'cp-webhook-key',
      NOUPAY_BASE_URL: await noupay.start(), NOUPAY_API_KEY: 'np-key', NOUPAY_SECRET: 'np-secret',
      STRIPE_BASE_URL: await stripe.start(), STRIPE_SECRET_KEY: 'sk_test_1', STRIPE_WEBHOOK_SECRET: 'whsec_1', STRIPE_PUBLISHABLE_KEY: 'pk_test_1',
      PAYMOB_BASE_URL: await paymob.start(), PAYMOB_API_KEY: 'pm-key', PAYMOB_INTEGRATION_ID: 4242, PAYMOB_IFRAME_ID: 77, PAYMOB_HMAC_SECRET: 'pm-hmac',
    });
    app = await createFeatureTestingModule({
      service: 'payments',
      database: { entities: paymentsEntities, migrations: paymentsMigrations },
      imports: [ProvidersModule],
      config,
    });
    db = app.db;
    mobile = app.get(MobileMoneyCheckout);
    cards = app.get(CardCheckout);
    webhooks = app.get(ReceiveWebhookService);
    poller = app.get(AttemptPoller);
    refunds = app.get(ProviderRefunds);
    checkout = app.get(StartCheckoutRpc);
  });

  afterAll(async () => {
    await app?.close();
    await Promise.all([campay.stop(), noupay.stop(), stripe.stop(), paymob.stop()]);
  });

  afterEach(() => {
    for (const fake of [campay, noupay, stripe, paymob]) fake.failWith('none');
  });

  async function openPayment(method: 'campay' | 'noupay' | 'stripe' | 'paymob', o: { amount?: number; currency?: string; customerId?: string } = {}) {
    const id = randomUUID();
    const orderId = randomUUID();
    await db.dataSource.query(
      `INSERT INTO payments (id, order_id, restaurant_id, customer_id, method, provider, amount, currency, status, payer_phone, payer_email)
       VALUES ($1, $2, $3, $4, $5, $5, $6, $7, 'pending', $8, 'payer@example.cm')`,
      [id, orderId, randomUUID(), o.customerId ?? randomUUID(), method, o.amount ?? 9750, o.currency ?? 'XAF', PHONE],
    );
    return { id, orderId };
  }

  const payment = async (id: string) => (await db.dataSource.query(`SELECT status, provider, provider_reference, amount FROM payments WHERE id = $1`, [id]))[0];
  const attemptsOf = async (id: string) =>
    db.dataSource.query(`SELECT provider, status, external_reference, provider_reference, captured_amount, refund_reference FROM payment_attempts WHERE payment_id = $1 ORDER BY created_at`, [id]);
  const succeededEvents = async (id: string) =>
    Number((await db.dataSource.query(`SELECT count(*) AS n FROM outbox WHERE routing_key = 'payment.succeeded' AND envelope->'payload'->>'payment_id' = $1`, [id]))[0].n);
  const campayWebhook = (query: Record<string, string>) => webhooks.receive({ provider: 'campay', raw_body: '', headers: {}, query });

  it('pushes a CamPay payment and captures it once on its signed webhook; a redelivery changes nothing', async () => {
    const { id } = await openPayment('campay');
    const view = await mobile.initiate(id);
    expect(view).toMatchObject({ payment_id: id, provider: 'campay', status: 'processing', phone: PHONE, ussd_code: '*126#', amount: 9750 });
    const [txn] = campay.collections().filter((t) => t.external_reference === view.reference);
    expect(txn).toMatchObject({ amount: '9750', from: '237670000000', currency: 'XAF' });

    txn.status = 'SUCCESSFUL';
    const params = campay.webhookParams(txn);
    await expect(campayWebhook(params)).resolves.toEqual({ received: true, duplicate: false, outcome: 'captured' });
    expect(await payment(id)).toMatchObject({ status: 'succeeded', provider: 'campay', provider_reference: txn.reference });
    await expect(campayWebhook(params)).resolves.toEqual({ received: true, duplicate: true, outcome: 'duplicate' });
    expect(await succeededEvents(id)).toBe(1);
    const receipts = await db.dataSource.query(`SELECT signature_valid, first_delivery, outcome FROM webhook_receipts WHERE event_id = $1 ORDER BY received_at`, [`${txn.reference}:SUCCESSFUL`]);
    expect(receipts).toEqual([
      { signature_valid: true, first_delivery: true, outcome: 'captured' },
      { signature_valid: true, first_delivery: false, outcome: 'duplicate' },
    ]);

    // Out of order: a failure reported after the success changes nothing.
    txn.status = 'FAILED';
    await expect(campayWebhook(campay.webhookParams(txn))).resolves.toMatchObject({ outcome: 'already_captured' });
    expect((await payment(id)).status).toBe('succeeded');
    // And the payment cannot be pushed again.
    await expect(mobile.initiate(id)).rejects.toMatchObject({ code: 'PAYMENT_ALREADY_MADE' });
  });

  it('refuses forged and tampered webhooks with WEBHOOK_SIGNATURE_INVALID, and keeps their receipts', async () => {
    const { id } = await openPayment('campay');
    const view = await mobile.initiate(id);
    const [txn] = campay.collections().filter((t) => t.external_reference === view.reference);
    txn.status = 'SUCCESSFUL';
    const forged = campay.webhookParams(txn, 'attacker-key');
    await expect(campayWebhook(forged)).rejects.toMatchObject({ code: 'WEBHOOK_SIGNATURE_INVALID' });
    // A genuine FAILED token cannot vouch for a SUCCESSFUL status.
    txn.status = 'FAILED';
    const genuineFailure = campay.webhookParams(txn);
    await expect(campayWebhook({ ...genuineFailure, status: 'SUCCESSFUL' })).rejects.toMatchObject({ code: 'WEBHOOK_SIGNATURE_INVALID' });
    await expect(campayWebhook({ ...genuineFailure, signature: signCampayJwt({ alg: 'none' }, '') })).rejects.toMatchObject({ code: 'WEBHOOK_SIGNATURE_INVALID' });
    await expect(webhooks.receive({ provider: 'bitcoin', raw_body: '', headers: {}, query: {} })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await payment(id)).status).toBe('processing');
    const rejected = await db.dataSource.query(`SELECT count(*)::int AS n FROM webhook_receipts WHERE event_id = $1 AND NOT signature_valid`, [`${txn.reference}:SUCCESSFUL`]);
    expect(rejected[0].n).toBe(2);

    // The genuine failure is applied: the payment waits for a retry.
    await expect(campayWebhook(genuineFailure)).resolves.toMatchObject({ outcome: 'failed' });
    expect((await payment(id)).status).toBe('failed');
    const failed = await db.dataSource.query(`SELECT envelope->'payload' AS p FROM outbox WHERE routing_key = 'payment.failed' AND envelope->'payload'->>'payment_id' = $1`, [id]);
    expect(failed.map((r: { p: unknown }) => r.p)).toEqual([expect.objectContaining({ provider: 'campay', final: false })]);
  });

  it('falls back to NouPay when CamPay is down, and gives back a late CamPay capture: one charge kept', async () => {
    const { id } = await openPayment('campay', { amount: 5000 });
    campay.failWith('hang');
    const view = await mobile.initiate(id);
    expect(view).toMatchObject({ provider: 'noupay', status: 'processing' });
    const [abandoned, active] = await attemptsOf(id);
    expect(abandoned).toMatchObject({ provider: 'campay', status: 'abandoned' });
    expect(active).toMatchObject({ provider: 'noupay', status: 'processing' });
    expect(campay.callsTo('POST', '/api/collect/').filter((c) => c.body.includes(abandoned.external_reference))).toHaveLength(1);
    expect(noupay.collections().filter((c) => c.external_reference === active.external_reference)).toHaveLength(1);

    // The payer approves the NouPay prompt.
    const collection = noupay.objects.get(active.provider_reference)!;
    collection.status = 'successful';
    const signed = noupay.webhookFor(collection);
    await expect(webhooks.receive({ provider: 'noupay', raw_body: signed.body, headers: signed.headers, query: {} })).resolves.toMatchObject({ outcome: 'captured' });
    expect(await payment(id)).toMatchObject({ status: 'succeeded', provider: 'noupay' });

    // CamPay comes back: the request that timed out had reached it, and the payer approved that too.
    campay.failWith('none');
    campay.transactions.set('late-ref', { reference: 'late-ref', external_reference: abandoned.external_reference, status: 'SUCCESSFUL', amount: '5000', currency: 'XAF', from: '237670000000', description: '', operator: 'MTN', kind: 'collect' });
    await expect(campayWebhook(campay.webhookParams(campay.transactions.get('late-ref')!))).resolves.toMatchObject({ outcome: 'second_capture_refunding' });
    const refunded = await until(() => attemptsOf(id), (rows) => rows[0].status === 'refunded');
    expect(refunded[0]).toMatchObject({ provider: 'campay', status: 'refunded', captured_amount: 5000 });
    expect(campay.withdrawals()).toEqual([expect.objectContaining({ amount: '5000', from: '237670000000' })]);
    expect(await succeededEvents(id)).toBe(1);
    expect(await payment(id)).toMatchObject({ status: 'succeeded', provider: 'noupay' });
  });

  it('fails the payment (not final) when every mobile-money provider is down', async () => {
    const { id } = await openPayment('campay');
    campay.failWith('error');
    noupay.failWith('error');
    await expect(mobile.initiate(id)).rejects.toMatchObject({ code: 'PAYMENT_GATEWAY_ERROR' });
    expect((await attemptsOf(id)).map((a: { provider: string; status: string }) => `${a.provider}:${a.status}`)).toEqual(['campay:abandoned', 'noupay:abandoned']);
    expect((await payment(id)).status).toBe('failed');
  });

  it('creates one Stripe PaymentIntent per payment and captures it on a signed event; stale signatures are refused', async () => {
    const { id } = await openPayment('stripe', { amount: 2500, currency: 'USD' });
    const first = await cards.start(id, 'stripe');
    const again = await cards.start(id, 'stripe');
    expect(first).toMatchObject({ provider: 'stripe', status: 'processing', client_secret: expect.stringMatching(/_secret_/), publishable_key: 'pk_test_1' });
    expect(again.client_secret).toBe(first.client_secret);
    const intent = stripe.intents.get(first.payment_intent_id!)!;
    expect(intent).toMatchObject({ amount: 2500, currency: 'usd', metadata: { payment_id: id } });
    expect(stripe.callsTo('POST', '/v1/payment_intents')).toHaveLength(1);

    Object.assign(intent, { status: 'succeeded', amount_received: 2500 });
    const event = stripe.event('payment_intent.succeeded', intent);
    const stale = stripe.signed(event, 'whsec_1', Math.floor(Date.now() / 1000) - 301);
    await expect(webhooks.receive({ provider: 'stripe', raw_body: stale.body, headers: stale.headers, query: {} })).rejects.toMatchObject({ code: 'WEBHOOK_SIGNATURE_INVALID' });
    const fresh = stripe.signed(event);
    await expect(webhooks.receive({ provider: 'stripe', raw_body: fresh.body, headers: fresh.headers, query: {} })).resolves.toMatchObject({ outcome: 'captured' });
    expect(await payment(id)).toMatchObject({ status: 'succeeded', provider: 'stripe', provider_reference: intent.id });

    // Refund through Stripe (the port the refunds feature uses).
    await expect(refunds.refund({ provider: 'stripe', paymentId: id, providerReference: intent.id, amount: 1000, currency: 'USD', payerPhone: null, reason: 'test', idempotencyKey: 'rf-1' })).resolves.toMatchObject({ status: 'succeeded', reference: expect.stringMatching(/^re_/) });
    await refunds.refund({ provider: 'stripe', paymentId: id, providerReference: intent.id, amount: 1000, currency: 'USD', payerPhone: null, reason: 'test', idempotencyKey: 'rf-1' });
    expect(stripe.refunds).toHaveLength(1);
    await expect(refunds.refund({ provider: 'stripe', paymentId: id, providerReference: intent.id, amount: 99999, currency: 'USD', payerPhone: null, reason: 'test', idempotencyKey: 'rf-2' })).resolves.toMatchObject({ status: 'failed' });
  });

  it('opens a Paymob iframe and captures on the HMAC-verified callback; refunds the transaction', async () => {
    const { id } = await openPayment('paymob', { amount: 15000, currency: 'EGP' });
    const view = await cards.start(id, 'paymob');
    expect(view.iframe_url).toMatch(new RegExp(`/api/acceptance/iframes/77\\?payment_token=pk_`));
    const order = paymob.orderByMerchantId(view.reference)!;
    expect(order).toMatchObject({ amount_cents: 15000, currency: 'EGP' });

    const obj = paymob.transaction(order, { success: true });
    const body = JSON.stringify({ type: 'TRANSACTION', obj });
    await expect(webhooks.receive({ provider: 'paymob', raw_body: body, headers: {}, query: { hmac: signPaymobTransaction({ ...obj, amount_cents: 1 }, 'pm-hmac') } })).rejects.toMatchObject({ code: 'WEBHOOK_SIGNATURE_INVALID' });
    await expect(webhooks.receive({ provider: 'paymob', raw_body: body, headers: {}, query: { hmac: signPaymobTransaction(obj, 'pm-hmac') } })).resolves.toMatchObject({ outcome: 'captured' });
    expect(await payment(id)).toMatchObject({ status: 'succeeded', provider: 'paymob', provider_reference: String(obj.id) });

    await expect(refunds.refund({ provider: 'paymob', paymentId: id, providerReference: String(obj.id), amount: 15000, currency: 'EGP', payerPhone: null, reason: 'cancelled', idempotencyKey: 'rf-pm' })).resolves.toMatchObject({ status: 'succeeded' });
    await expect(refunds.refund({ provider: 'noupay', paymentId: id, providerReference: null, amount: 700, currency: 'XAF', payerPhone: PHONE, reason: 'cancelled', idempotencyKey: 'rf-np' })).resolves.toMatchObject({ status: 'succeeded' });
    await expect(refunds.refund({ provider: 'campay', paymentId: id, providerReference: null, amount: 700, currency: 'XAF', payerPhone: null, reason: 'cancelled', idempotencyKey: 'rf-cp' })).resolves.toMatchObject({ status: 'failed', reason: 'NO_PAYER_PHONE' });
  });

  it('asks the provider when no webhook came (status poll)', async () => {
    const { id } = await openPayment('campay');
    const view = await mobile.initiate(id);
    campay.transactions.get(view.provider_reference!)!.status = 'SUCCESSFUL';
    await db.dataSource.query(`UPDATE payment_attempts SET next_check_at = now() - interval '1 second' WHERE payment_id = $1`, [id]);
    await poller.tick();
    expect((await payment(id)).status).toBe('succeeded');
    expect(campay.callsTo('GET', `/api/transaction/${view.provider_reference}/`)).toHaveLength(1);
  });

  it('replays the first answer for the same Idempotency-Key and body, refuses it with another body', async () => {
    const customer = { user_id: randomUUID(), role: 'customer' as const };
    const { orderId } = await openPayment('stripe', { customerId: customer.user_id });
    const first = await checkout.createStripeIntent({ actor: customer, data: { order_id: orderId, idempotency_key: 'key-1' } });
    const again = await checkout.createStripeIntent({ actor: customer, data: { order_id: orderId, idempotency_key: 'key-1' } });
    expect(again).toEqual(first);
    await expect(checkout.initiatePaymob({ actor: customer, data: { order_id: orderId, idempotency_key: 'key-1' } })).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    await expect(checkout.createStripeIntent({ actor: { ...customer, user_id: randomUUID() }, data: { order_id: orderId } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(checkout.initiateMobileMoney({ actor: customer, data: { provider: 'campay', order_id: orderId } })).rejects.toMatchObject({ code: 'PAYMENT_METHOD_MISMATCH' });
  });

  it('tops a wallet up through mobile money; the payment is of purpose wallet_topup', async () => {
    const customer = { user_id: randomUUID(), role: 'customer' as const };
    await expect(checkout.topUpWallet({ actor: customer, data: { amount: 5000, method: 'campay' } })).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
    const view = await checkout.topUpWallet({ actor: customer, data: { amount: 5000, method: 'campay', phone: '670 00 00 00' } });
    expect(view).toMatchObject({ purpose: 'wallet_topup', order_id: null, provider: 'campay', status: 'processing', phone: PHONE, amount: 5000 });
    const txn = campay.transactions.get(view.provider_reference!)!;
    txn.status = 'SUCCESSFUL';
    await expect(campayWebhook(campay.webhookParams(txn))).resolves.toMatchObject({ outcome: 'captured' });
    expect((await payment(view.payment_id)).status).toBe('succeeded');
  });
});
