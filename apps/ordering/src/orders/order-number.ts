import { randomBytes } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so a number read over the phone is not misheard.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `ORD-20261121-7K3F9Q`: the UTC date and six random base32 characters (32^6 ≈ 10^9 a day). */
export function newOrderNumber(now: Date = new Date(), random: (n: number) => Buffer = randomBytes): string {
  const date = now.toISOString().slice(0, 10).replace(/-/g, '');
  const suffix = [...random(6)].map((byte) => ALPHABET[byte % 32]).join('');
  return `ORD-${date}-${suffix}`;
}
