import { createHmac } from 'node:crypto';
import { signCampayJwt, signPaymobTransaction, timestampedSignatureHeader } from '@platter/testing';
import { verifyCampaySignature } from '../campay/campay-signature';
import { verifyTimestampedHmac } from '../noupay/noupay-signature';
import { paymobHmacMessage, verifyPaymobHmac } from '../paymob/paymob-hmac';
import { verifyStripeSignature } from '../stripe/stripe-signature';

// The verifiers against the fake providers' signers (written separately from the providers' docs).

describe('CamPay webhook JWT', () => {
  const key = 'campay-webhook-key';
  const params = { reference: 'ref-1', external_reference: 'pl_1', status: 'SUCCESSFUL', amount: '5000' };
  const now = 1_700_000_000;

  it('accepts a token signed with the webhook key whose claims match the parameters', () => {
    const token = signCampayJwt({ ...params, iat: now }, key);
    expect(verifyCampaySignature(token, key, params, now)).toMatchObject({ valid: true });
  });

  it('accepts a token without transaction claims (CamPay may sign only its own fields)', () => {
    expect(verifyCampaySignature(signCampayJwt({ iat: now }, key), key, params, now).valid).toBe(true);
  });

  it('refuses another key, a missing token, alg none, an expired token and edited parameters', () => {
    expect(verifyCampaySignature(signCampayJwt(params, 'other-key'), key, params, now)).toEqual({ valid: false, reason: 'signature does not verify' });
    expect(verifyCampaySignature(undefined, key, params, now).valid).toBe(false);
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(params)).toString('base64url')}.`;
    expect(verifyCampaySignature(none, key, params, now)).toMatchObject({ valid: false, reason: expect.stringMatching(/algorithm/) });
    expect(verifyCampaySignature(signCampayJwt({ ...params, exp: now - 1 }, key), key, params, now)).toMatchObject({ reason: 'signature has expired' });
    const token = signCampayJwt(params, key);
    expect(verifyCampaySignature(token, key, { ...params, status: 'FAILED' }, now)).toMatchObject({ reason: 'signature does not cover this status' });
    expect(verifyCampaySignature(token, key, { ...params, amount: '1' }, now).valid).toBe(false);
    expect(verifyCampaySignature('not.a.jwt', key, params, now).valid).toBe(false);
  });
});

describe('timestamped HMAC (Stripe-Signature, NouPay-Signature)', () => {
  const secret = 'whsec_test';
  const body = '{"id":"evt_1","type":"payment_intent.succeeded"}';
  const now = 1_700_000_000;

  it('accepts the signature Stripe computes, and any of several v1 values', () => {
    const header = timestampedSignatureHeader(body, secret, now);
    expect(verifyStripeSignature(header, body, secret, 300, now)).toEqual({ valid: true, timestamp: now });
    const rolled = `${header.split(',')[0]},v1=${'0'.repeat(64)},${header.split(',')[1]},v0=abc`;
    expect(verifyStripeSignature(rolled, body, secret, 300, now).valid).toBe(true);
  });

  it('refuses a tampered body, another secret, a stale or future timestamp and malformed headers', () => {
    const header = timestampedSignatureHeader(body, secret, now);
    expect(verifyStripeSignature(header, body.replace('evt_1', 'evt_2'), secret, 300, now)).toMatchObject({ reason: 'signature does not verify' });
    expect(verifyStripeSignature(timestampedSignatureHeader(body, 'whsec_other', now), body, secret, 300, now).valid).toBe(false);
    expect(verifyStripeSignature(header, body, secret, 300, now + 301)).toMatchObject({ reason: 'signature timestamp is outside the tolerance' });
    expect(verifyStripeSignature(header, body, secret, 300, now - 301).valid).toBe(false);
    expect(verifyTimestampedHmac(undefined, body, secret, 300, now).valid).toBe(false);
    expect(verifyTimestampedHmac('v1=abc', body, secret, 300, now)).toMatchObject({ reason: 'signature header has no timestamp' });
    expect(verifyTimestampedHmac(`t=${now}`, body, secret, 300, now)).toMatchObject({ reason: 'signature header has no v1 signature' });
  });

  it('signs t.body with HMAC-SHA256 in hex (the documented scheme)', () => {
    const expected = createHmac('sha256', secret).update(`${now}.${body}`).digest('hex');
    expect(verifyTimestampedHmac(`t=${now},v1=${expected}`, body, secret, 300, now).valid).toBe(true);
  });
});

describe('Paymob HMAC', () => {
  const secret = 'paymob-hmac-secret';
  const obj = {
    id: 192036465, pending: false, amount_cents: 100000, success: true, is_auth: false, is_capture: false, is_standalone_payment: true,
    is_voided: false, is_refunded: false, is_3d_secure: true, integration_id: 6741, has_parent_transaction: false,
    order: { id: 217503754 }, created_at: '2024-06-13T11:33:44.592345', currency: 'EGP',
    source_data: { pan: '2346', type: 'card', sub_type: 'MasterCard' }, error_occured: false, owner: 302852,
  };

  it('concatenates the documented fields in order, booleans as true/false', () => {
    expect(paymobHmacMessage(obj)).toBe(
      '1000002024-06-13T11:33:44.592345EGPfalsefalse1920364656741truefalsefalsefalsetruefalse217503754302852false2346MasterCardcardtrue',
    );
  });

  it('accepts Paymob’s HMAC and refuses a tampered amount, another secret or a missing hmac', () => {
    const hmac = signPaymobTransaction(obj, secret);
    expect(verifyPaymobHmac(obj, hmac, secret)).toEqual({ valid: true });
    expect(verifyPaymobHmac(obj, hmac.toUpperCase(), secret)).toEqual({ valid: true });
    expect(verifyPaymobHmac({ ...obj, amount_cents: 1 }, hmac, secret).valid).toBe(false);
    expect(verifyPaymobHmac({ ...obj, success: false }, hmac, secret).valid).toBe(false);
    expect(verifyPaymobHmac(obj, signPaymobTransaction(obj, 'other'), secret).valid).toBe(false);
    expect(verifyPaymobHmac(obj, undefined, secret).valid).toBe(false);
    expect(verifyPaymobHmac(obj, 'abc', secret).valid).toBe(false);
  });
});
