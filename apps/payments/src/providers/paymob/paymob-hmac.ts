import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The fields of a Paymob transaction (the callback's `obj`) whose values, concatenated in this
 * order, Paymob signs with HMAC-SHA512 (the account's HMAC secret), sent as `?hmac=` (hex).
 */
export const PAYMOB_HMAC_FIELDS = [
  'amount_cents', 'created_at', 'currency', 'error_occured', 'has_parent_transaction', 'id', 'integration_id', 'is_3d_secure',
  'is_auth', 'is_capture', 'is_refunded', 'is_standalone_payment', 'is_voided', 'order.id', 'owner', 'pending',
  'source_data.pan', 'source_data.sub_type', 'source_data.type', 'success',
] as const;

function valueAt(obj: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), obj);
}

/** The string Paymob signs: each field's value as text (booleans as true/false), missing ones empty. */
export function paymobHmacMessage(obj: Record<string, unknown>): string {
  return PAYMOB_HMAC_FIELDS.map((field) => {
    const value = valueAt(obj, field);
    return value === undefined || value === null ? '' : String(value);
  }).join('');
}

export function paymobHmac(obj: Record<string, unknown>, secret: string): string {
  return createHmac('sha512', secret).update(paymobHmacMessage(obj)).digest('hex');
}

export function verifyPaymobHmac(obj: unknown, hmac: string | undefined, secret: string): { valid: true } | { valid: false; reason: string } {
  if (!hmac) return { valid: false, reason: 'no hmac parameter' };
  if (!obj || typeof obj !== 'object') return { valid: false, reason: 'no transaction object' };
  if (!/^[0-9a-f]{128}$/i.test(hmac)) return { valid: false, reason: 'hmac is not a hex SHA-512' };
  const expected = Buffer.from(paymobHmac(obj as Record<string, unknown>, secret), 'utf8');
  const given = Buffer.from(hmac.toLowerCase(), 'utf8');
  if (!timingSafeEqual(given, expected)) return { valid: false, reason: 'hmac does not verify' };
  return { valid: true };
}
