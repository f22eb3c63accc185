import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * CamPay signs each webhook with a JWT (HS256) keyed with the application's webhook key, sent as
 * the `signature` parameter. The token is valid when its HMAC verifies with our key, its header says
 * HS256 (never `none`, never another algorithm), it has not expired, and the claims it carries about
 * the transaction (reference, external_reference, status, amount) agree with the parameters beside
 * it, so a captured token cannot vouch for edited parameters.
 */
export function verifyCampaySignature(
  token: string | undefined,
  webhookKey: string,
  params: Record<string, string | undefined>,
  nowSeconds = Math.floor(Date.now() / 1000),
): { valid: true; claims: Record<string, unknown> } | { valid: false; reason: string } {
  if (!token) return { valid: false, reason: 'no signature' };
  const parts = token.split('.');
  if (parts.length !== 3) return { valid: false, reason: 'signature is not a JWT' };
  const [headerPart, payloadPart, signaturePart] = parts;
  let header: Record<string, unknown>;
  let claims: Record<string, unknown>;
  try {
    header = JSON.parse(Buffer.from(headerPart, 'base64url').toString('utf8'));
    claims = JSON.parse(Buffer.from(payloadPart, 'base64url').toString('utf8'));
  } catch {
    return { valid: false, reason: 'signature is not a readable JWT' };
  }
  if (header.alg !== 'HS256') return { valid: false, reason: `unexpected JWT algorithm ${String(header.alg)}` };
  const expected = createHmac('sha256', webhookKey).update(`${headerPart}.${payloadPart}`).digest();
  const given = Buffer.from(signaturePart, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { valid: false, reason: 'signature does not verify' };
  if (typeof claims.exp === 'number' && claims.exp < nowSeconds) return { valid: false, reason: 'signature has expired' };
  for (const field of ['reference', 'external_reference', 'status', 'amount']) {
    const claimed = claims[field];
    if (claimed !== undefined && claimed !== null && String(claimed) !== String(params[field] ?? '')) {
      return { valid: false, reason: `signature does not cover this ${field}` };
    }
  }
  return { valid: true, claims };
}
