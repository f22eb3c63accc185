import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * NouPay's webhook signature. NouPay publishes no documentation: this contract is ours, pending
 * theirs (agreed shape, the same as Stripe's): header `NouPay-Signature: t=<unix seconds>,v1=<hex>`
 * where v1 = HMAC-SHA256(webhook secret, `${t}.${raw body}`); several v1 values may be present
 * during a secret rotation; a timestamp more than `toleranceSeconds` away from now is refused (replay).
 */
export const NOUPAY_SIGNATURE_HEADER = 'noupay-signature';

export function verifyTimestampedHmac(
  header: string | undefined,
  rawBody: string,
  secret: string,
  toleranceSeconds: number,
  nowSeconds = Math.floor(Date.now() / 1000),
): { valid: true; timestamp: number } | { valid: false; reason: string } {
  if (!header) return { valid: false, reason: 'no signature header' };
  let timestamp: number | null = null;
  const candidates: string[] = [];
  for (const item of header.split(',')) {
    const eq = item.indexOf('=');
    if (eq < 0) continue;
    const key = item.slice(0, eq).trim();
    const value = item.slice(eq + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value)) candidates.push(value.toLowerCase());
  }
  if (timestamp === null) return { valid: false, reason: 'signature header has no timestamp' };
  if (!candidates.length) return { valid: false, reason: 'signature header has no v1 signature' };
  const expected = Buffer.from(createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex'), 'utf8');
  const matches = candidates.some((c) => {
    const given = Buffer.from(c, 'utf8');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) return { valid: false, reason: 'signature does not verify' };
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return { valid: false, reason: 'signature timestamp is outside the tolerance' };
  return { valid: true, timestamp };
}
