import { signCampayJwt, signPaymobTransaction, timestampedSignatureHeader } from '@platter/testing';
import { WebhookSecrets, verifyWebhook } from './webhook-parsers';

const secrets: WebhookSecrets = { campayWebhookKey: 'ck', noupaySecret: 'ns', stripeWebhookSecret: 'whsec', paymobHmacSecret: 'ps', toleranceSeconds: 300 };
const now = Math.floor(Date.now() / 1000);

describe('verifyWebhook', () => {
  it('reads a CamPay callback from its query parameters', () => {
    const params = { status: 'SUCCESSFUL', reference: 'r-1', external_reference: 'pl_1', amount: '5000', currency: 'XAF' };
    const query = { ...params, signature: signCampayJwt({ reference: 'r-1', status: 'SUCCESSFUL' }, 'ck') };
    expect(verifyWebhook('campay', { rawBody: '', headers: {}, query }, secrets)).toEqual({
      valid: true,
      event: { eventId: 'r-1:SUCCESSFUL', kind: 'collection', externalReference: 'pl_1', providerReference: 'r-1', status: 'succeeded', amount: 5000, captureReference: 'r-1', reason: null },
    });
    expect(verifyWebhook('campay', { rawBody: '', headers: {}, query: { ...query, status: 'FAILED' } }, secrets)).toMatchObject({ valid: false, eventId: 'r-1:FAILED' });
  });

  it('refuses every provider when its secret is not configured', () => {
    expect(verifyWebhook('stripe', { rawBody: '{}', headers: {}, query: {} }, { toleranceSeconds: 300 })).toMatchObject({ valid: false, reason: 'STRIPE_WEBHOOK_SECRET is not configured' });
    expect(verifyWebhook('campay', { rawBody: '', headers: {}, query: {} }, { toleranceSeconds: 300 }).valid).toBe(false);
  });

  it('reads Stripe payment-intent events and refunds, ignoring the rest', () => {
    const event = (type: string, object: unknown) => JSON.stringify({ id: `evt_${type}`, type, data: { object } });
    const sign = (body: string) => ({ rawBody: body, headers: { 'stripe-signature': timestampedSignatureHeader(body, 'whsec', now) }, query: {} });
    const succeeded = event('payment_intent.succeeded', { id: 'pi_1', amount: 5000, amount_received: 5000, metadata: { attempt_reference: 'pl_2' } });
    expect(verifyWebhook('stripe', sign(succeeded), secrets, now)).toMatchObject({ valid: true, event: { kind: 'collection', status: 'succeeded', providerReference: 'pi_1', externalReference: 'pl_2', amount: 5000 } });
    const failed = event('payment_intent.payment_failed', { id: 'pi_1', last_payment_error: { code: 'card_declined' } });
    expect(verifyWebhook('stripe', sign(failed), secrets, now)).toMatchObject({ event: { status: 'failed', reason: 'card_declined' } });
    const refund = event('refund.updated', { id: 're_1', status: 'succeeded', amount: 100 });
    expect(verifyWebhook('stripe', sign(refund), secrets, now)).toMatchObject({ event: { kind: 'refund', providerReference: 're_1', status: 'succeeded' } });
    expect(verifyWebhook('stripe', sign(event('customer.created', { id: 'cus_1' })), secrets, now)).toMatchObject({ event: { kind: 'ignored' } });
    expect(verifyWebhook('stripe', { ...sign(succeeded), rawBody: succeeded.replace('5000', '9000') }, secrets, now).valid).toBe(false);
  });

  it('reads NouPay collection and payout events', () => {
    const body = JSON.stringify({ id: 'evt_9', type: 'collection.updated', data: { id: 'col_1', external_reference: 'pl_3', status: 'failed', amount: 700, reason: 'DECLINED' } });
    const input = { rawBody: body, headers: { 'noupay-signature': timestampedSignatureHeader(body, 'ns', now) }, query: {} };
    expect(verifyWebhook('noupay', input, secrets, now)).toMatchObject({ valid: true, event: { eventId: 'evt_9', kind: 'collection', status: 'failed', reason: 'DECLINED', externalReference: 'pl_3' } });
    expect(verifyWebhook('noupay', input, secrets, now + 400)).toMatchObject({ valid: false, eventId: 'evt_9' });
  });

  it('reads a Paymob transaction callback, one event per transaction state', () => {
    const obj = { id: 55, pending: false, success: true, amount_cents: 1500, order: { id: 9, merchant_order_id: 'pl_4' }, currency: 'EGP', has_parent_transaction: false };
    const body = JSON.stringify({ type: 'TRANSACTION', obj });
    const verified = verifyWebhook('paymob', { rawBody: body, headers: {}, query: { hmac: signPaymobTransaction(obj, 'ps') } }, secrets);
    expect(verified).toMatchObject({ valid: true, event: { eventId: '55:success', kind: 'collection', externalReference: 'pl_4', providerReference: '9', captureReference: '55', amount: 1500, status: 'succeeded' } });
    expect(verifyWebhook('paymob', { rawBody: body, headers: {}, query: { hmac: signPaymobTransaction({ ...obj, amount_cents: 1 }, 'ps') } }, secrets).valid).toBe(false);
  });
});
