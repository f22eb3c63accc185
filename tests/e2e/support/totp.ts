import { createHmac } from 'node:crypto';

// Written here, not imported from identity, so the tests do not lean on the code they check.

/** RFC 4648 base32 → bytes. */
function base32Bytes(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bits = [...text.replace(/=+$/, '')].map((c) => alphabet.indexOf(c).toString(2).padStart(5, '0')).join('');
  return Buffer.from(bits.match(/.{8}/g)!.map((byte) => parseInt(byte, 2)));
}

/** RFC 6238 TOTP (HMAC-SHA-1, 6 digits, 30 s) for the current step plus `offset`. */
export function totpCode(secret: string, offset = 0): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30_000) + offset));
  const mac = createHmac('sha1', base32Bytes(secret)).update(counter).digest();
  const binary = mac.readUInt32BE(mac[mac.length - 1] & 0x0f) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}

/** Waits out the last second of a step, so a code computed now for the step before is still accepted. */
export async function clearOfStepEnd(): Promise<void> {
  const intoStep = Date.now() % 30_000;
  if (intoStep > 29_000) await new Promise((r) => setTimeout(r, 30_000 - intoStep + 50));
}
