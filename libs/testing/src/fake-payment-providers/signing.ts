// How each provider signs its webhooks, written from the providers' documentation independently of
// the payments service's verifiers, so tests catch a verifier that drifts from the real scheme.
import { createHmac } from 'node:crypto';

/** CamPay: the `signature` parameter is an HS256 JWT keyed with the app's webhook key. */
export function signCampayJwt(claims: Record<string, unknown>, webhookKey: string): string {
  const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signature = createHmac('sha256', webhookKey).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

/** Stripe (and NouPay, by our contract): `t=<unix>,v1=<hex HMAC-SHA256(secret, "t.body")>`. */
export function timestampedSignatureHeader(rawBody: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;
}

/** Paymob's documented order of the transaction fields its callback HMAC (SHA-512, hex) covers. */
const PAYMOB_FIELDS = [
  'amount_cents', 'created_at', 'currency', 'error_occured', 'has_parent_transaction', 'id', 'integration_id', 'is_3d_secure',
  'is_auth', 'is_capture', 'is_refunded', 'is_standalone_payment', 'is_voided', 'order.id', 'owner', 'pending',
  'source_data.pan', 'source_data.sub_type', 'source_data.type', 'success',
];

export function signPaymobTransaction(obj: Record<string, unknown>, hmacSecret: string): string {
  const text = PAYMOB_FIELDS.map((path) => {
    const value = path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), obj);
    return value === undefined || value === null ? '' : String(value);
  }).join('');
  return createHmac('sha512', hmacSecret).update(text).digest('hex');
}
