import { randomUUID } from 'node:crypto';
import { FakeCampay, FakeStripe, FeatureTestingModule, ThrowawaySchema, createFeatureTestingModule } from '@platter/testing';
import { IdempotencyKeyPruner, IdempotencyKeyTable } from '@platter/persistence';
import { paymentsMigrations } from '../migrations';
import { PaymentsConfig } from '../payments.config';
import { paymentsEntities } from '../payments.module';
import { CardCheckout } from '../providers/checkout/card-checkout';
import { StartCheckoutRpc } from '../providers/commands/start-checkout/start-checkout.rpc';
import { ProvidersModule } from '../providers/providers.module';
import { PayoutsModule } from '../payouts/payouts.module';
import { RequestDriverPayoutRpc } from '../payouts/commands/request-driver-payout/request-driver-payout.rpc';
import { CreditWalletRpc } from '../wallet/commands/credit-wallet/credit-wallet.rpc';
import { platform } from '../wallet/domain/ledger-rules';
import { Ledger } from '../wallet/ledger';
import { WalletModule } from '../wallet/wallet.module';
import { RequestKeyPruning } from './request-key-pruning.job';
import { REQUEST_KEYS } from './request-keys';

// Payments' Idempotency-Key on the real PostgreSQL: database-only work is claimed, done and
// remembered in one transaction; a provider call is recorded under the key first, so neither a lost
// "remember" nor a dead claimer makes a retry move the money twice or answer 409 for ever.

const PHONE = '+237670000000';

describe('payments Idempotency-Key (PostgreSQL, fake providers)', () => {
  let db: ThrowawaySchema;
  let app: FeatureTestingModule;
  const campay = new FakeCampay({ username: 'cp-user', password: 'cp-pass', webhookKey: 'cp-webhook-key' });
  const stripe = new FakeStripe({ secretKey: 'sk_test_1', webhookSecret: 'whsec_1' });
  let credit: CreditWalletRpc;
  let checkout: StartCheckoutRpc;
  let cards: CardCheckout;
  const admin = { user_id: randomUUID(), role: 'admin' as const };

  beforeAll(async () => {
    const config = Object.assign(new PaymentsConfig(), {
      PAYMENT_PROVIDER_TIMEOUT_MS: 400,
      PAYMENT_MOBILE_MONEY_BACKUP: 'none',
      CAMPAY_BASE_URL: await campay.start(), CAMPAY_USERNAME: 'cp-user', CAMPAY_PASSWORD: 'cp-pass', CAMPAY_WEBHOOK_KEY: 'cp-webhook-key',
      STRIPE_BASE_URL: await stripe.start(), STRIPE_SECRET_KEY: 'sk_test_1', STRIPE_WEBHOOK_SECRET: 'whsec_1', STRIPE_PUBLISHABLE_KEY: 'pk_test_1',
    });
    app = await createFeatureTestingModule({
      service: 'payments',
      database: { entities: paymentsEntities, migrations: paymentsMigrations },
      imports: [WalletModule, ProvidersModule, PayoutsModule],
      config,
    });
    db = app.db;
    credit = app.get(CreditWalletRpc);
    checkout = app.get(StartCheckoutRpc);
    cards = app.get(CardCheckout);
  });

  afterAll(async () => {
    await app?.close();
    await Promise.all([campay.stop(), stripe.stop()]);
  });

  afterEach(() => {
    jest.restoreAllMocks();
    campay.failWith('none');
    stripe.failWith('none');
  });

  const walletCredits = async (userId: string) =>
    Number((await db.dataSource.query(`SELECT count(*) AS n FROM ledger_transactions WHERE kind = 'credit' AND reference_id = $1`, [userId]))[0].n);
  const intentCalls = () => stripe.callsTo('POST', '/v1/payment_intents').length;
  /** What a lease running out looks like to the table: its end is in the past. */
  const expireLease = (customerId: string, key: string) =>
    db.dataSource.query(`UPDATE payment_request_keys SET locked_until = now() - interval '1 second' WHERE customer_id = $1 AND key = $2`, [customerId, key]);

  it('credits a wallet once when remembering the answer fails after the credit', async () => {
    const userId = randomUUID();
    const data = { user_id: userId, amount: 500, reason: 'Sorry for the wait', idempotency_key: 'credit-1' };
    jest.spyOn(IdempotencyKeyTable.prototype, 'remember').mockRejectedValueOnce(new Error('connection lost'));
    await expect(credit.credit({ actor: admin, data })).rejects.toThrow('connection lost');

    const retried = await credit.credit({ actor: admin, data });
    const again = await credit.credit({ actor: admin, data });
    expect(again).toEqual(retried);
    expect(retried).toMatchObject({ user_id: userId, amount: 500, balance: 500 });
    expect(await walletCredits(userId)).toBe(1);
  });

  it('records one driver payout when remembering the answer fails after it, and for concurrent duplicates', async () => {
    const driver = { user_id: randomUUID(), role: 'driver' as const };
    await app.tx.run(() =>
      app.get(Ledger).post({
        kind: 'settlement',
        memo: 'Test earnings',
        lines: [
          { account: platform('platform_expense', 'XAF'), amount: -5000 },
          { account: { kind: 'driver_payable', owner: driver.user_id, currency: 'XAF' }, amount: 5000 },
        ],
      }),
    );
    const payouts = app.get(RequestDriverPayoutRpc);
    const data = { amount: 3000, idempotency_key: 'payout-1' };
    jest.spyOn(IdempotencyKeyTable.prototype, 'remember').mockRejectedValueOnce(new Error('connection lost'));
    await expect(payouts.request({ actor: driver, data })).rejects.toThrow('connection lost');

    const answers = await Promise.all(Array.from({ length: 5 }, () => payouts.request({ actor: driver, data })));
    expect(new Set(answers.map((a) => a.id)).size).toBe(1);
    const rows = await db.dataSource.query(`SELECT amount FROM payouts WHERE payee_id = $1`, [driver.user_id]);
    expect(rows.map((r: { amount: string }) => Number(r.amount))).toEqual([3000]);
  });

  it('asks the provider once for concurrent duplicates of a top-up: the others are told it is in progress, or get its answer', async () => {
    const customer = { user_id: randomUUID(), role: 'customer' as const };
    const data = { amount: 1200, method: 'stripe' as const, idempotency_key: 'topup-concurrent' };
    const callsBefore = intentCalls();
    const outcomes = await Promise.allSettled(Array.from({ length: 6 }, () => checkout.topUpWallet({ actor: customer, data })));
    const answered = outcomes.filter((o): o is PromiseFulfilledResult<Awaited<ReturnType<StartCheckoutRpc['topUpWallet']>>> => o.status === 'fulfilled').map((o) => o.value);
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected').map((o) => (o.reason as { code?: string }).code);
    expect(answered.length).toBeGreaterThanOrEqual(1);
    expect(new Set(answered.map((a) => a.payment_id)).size).toBe(1);
    expect(refused.every((code) => code === 'CONFLICT')).toBe(true);
    expect(intentCalls()).toBe(callsBefore + 1);
  });

  it('lets a retry take a key over once the lease of a claimer that died has run out (409 before)', async () => {
    const customer = { user_id: randomUUID(), role: 'customer' as const };
    const data = { amount: 2500, method: 'stripe' as const, idempotency_key: 'topup-dead-claimer' };
    // The first claimer never comes back: it claimed the key, then its process went away.
    jest.spyOn(cards, 'start').mockImplementationOnce(() => new Promise(() => undefined));
    void checkout.topUpWallet({ actor: customer, data });
    await waitFor(async () => (await db.dataSource.query(`SELECT 1 FROM payment_request_keys WHERE customer_id = $1`, [customer.user_id])).length === 1);

    await expect(checkout.topUpWallet({ actor: customer, data })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expireLease(customer.user_id, data.idempotency_key);
    const view = await checkout.topUpWallet({ actor: customer, data });
    expect(view).toMatchObject({ purpose: 'wallet_topup', provider: 'stripe', status: 'processing', amount: 2500 });
    await expect(checkout.topUpWallet({ actor: customer, data })).resolves.toEqual(view);
  });

  it('does not call the provider again when the process died after the call, before remembering its answer', async () => {
    const customer = { user_id: randomUUID(), role: 'customer' as const };
    const data = { amount: 4000, method: 'stripe' as const, idempotency_key: 'topup-lost-answer' };
    const callsBefore = intentCalls();
    jest.spyOn(IdempotencyKeyTable.prototype, 'remember').mockRejectedValueOnce(new Error('process died'));
    const first = await checkout.topUpWallet({ actor: customer, data }).catch(() => null);
    expect(intentCalls()).toBe(callsBefore + 1);

    // Until its lease runs out the key is the first request's: a retry is told it is in progress.
    await expect(checkout.topUpWallet({ actor: customer, data })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expireLease(customer.user_id, data.idempotency_key);
    const retried = await checkout.topUpWallet({ actor: customer, data });
    expect(intentCalls()).toBe(callsBefore + 1);
    if (first) expect(retried).toEqual(first);
    expect(retried).toMatchObject({ purpose: 'wallet_topup', provider: 'stripe', status: 'processing', amount: 4000 });
    const topUps = await db.dataSource.query(`SELECT id FROM payments WHERE customer_id = $1 AND purpose = 'wallet_topup'`, [customer.user_id]);
    expect(topUps).toEqual([{ id: retried.payment_id }]);
    await expect(checkout.topUpWallet({ actor: customer, data })).resolves.toEqual(retried);
  });

  it('answers a retry after a failed mobile-money push with the recorded attempt, without pushing again', async () => {
    const customer = { user_id: randomUUID(), role: 'customer' as const };
    const data = { amount: 1500, method: 'campay' as const, phone: PHONE, idempotency_key: 'topup-refused' };
    campay.failWith('error');
    await expect(checkout.topUpWallet({ actor: customer, data })).rejects.toMatchObject({ code: 'PAYMENT_GATEWAY_ERROR' });
    campay.failWith('none');
    const pushes = campay.callsTo('POST', '/api/collect/').length;

    const retried = await checkout.topUpWallet({ actor: customer, data });
    expect(campay.callsTo('POST', '/api/collect/')).toHaveLength(pushes);
    expect(retried).toMatchObject({ purpose: 'wallet_topup', provider: 'campay', status: 'failed', amount: 1500 });
    const topUps = await db.dataSource.query(`SELECT id FROM payments WHERE customer_id = $1 AND purpose = 'wallet_topup'`, [customer.user_id]);
    expect(topUps).toHaveLength(1);
  });

  it('frees the key of a request refused before anything was recorded, so it may be corrected and retried', async () => {
    const customer = { user_id: randomUUID(), role: 'customer' as const };
    await expect(checkout.createStripeIntent({ actor: customer, data: { order_id: randomUUID(), idempotency_key: 'no-such-order' } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.dataSource.query(`SELECT key FROM payment_request_keys WHERE customer_id = $1`, [customer.user_id])).toEqual([]);
  });

  it('prunes keys older than 24 hours in batches, one replica at a time, and keeps younger ones', async () => {
    const customer = randomUUID();
    const insertKey = (key: string, age: string) =>
      db.dataSource.query(`INSERT INTO payment_request_keys (customer_id, key, request_hash, response, created_at) VALUES ($1, $2, 'h', '{}', now() - $3::interval)`, [customer, key, age]);
    for (let i = 0; i < 5; i++) await insertKey(`old-${i}`, '25 hours');
    await insertKey('young', '23 hours');
    const keysLeft = async () => (await db.dataSource.query(`SELECT key FROM payment_request_keys WHERE customer_id = $1 ORDER BY key`, [customer])).map((r: { key: string }) => r.key);

    // Another replica is pruning: this one leaves the round to it.
    const other = db.dataSource.createQueryRunner();
    await other.startTransaction();
    await expect(REQUEST_KEYS.pruneBatch(other.manager, 24, 2)).resolves.toBeGreaterThanOrEqual(0);
    await expect(app.get(RequestKeyPruning).pruner.pruneExpired()).resolves.toBe(0);
    await other.rollbackTransaction();
    await other.release();
    expect(await keysLeft()).toHaveLength(6);

    await expect(new IdempotencyKeyPruner(app.tx, REQUEST_KEYS, { batch: 2 }).pruneExpired()).resolves.toBe(5);
    expect(await keysLeft()).toEqual(['young']);
    const indexes = await db.dataSource.query(`SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'payment_request_keys' AND indexdef LIKE '%(created_at)%'`);
    expect(indexes).toHaveLength(1);
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
