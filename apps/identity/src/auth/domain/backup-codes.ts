import { createHash, randomBytes } from 'node:crypto';
import { encodeBase32 } from './base32';

export const BACKUP_CODE_COUNT = 10;
const CODE_CHARS = 10;

/** Shown as `abcde-fgh23`: 10 base32 characters (50 bits), no 0/1/8/9 to confuse with letters. */
export const BACKUP_CODE_PATTERN = /^[a-z2-7]{5}-?[a-z2-7]{5}$/i;
export const TOTP_CODE_PATTERN = /^\d{6,8}$/;

/** What a user typed as a second factor: a TOTP code, a backup code, or neither. */
export type SecondFactorCode = { kind: 'totp'; code: string } | { kind: 'backup-code'; hash: string } | null;

export function newBackupCodes(count = BACKUP_CODE_COUNT): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: count }, () => {
    const chars = encodeBase32(randomBytes(8), { padding: false }).slice(0, CODE_CHARS).toLowerCase();
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
  return { codes, hashes: codes.map(hashBackupCode) };
}

/** A fast hash is enough: 50 random bits per code are too many to brute-force from a leaked hash. */
export function hashBackupCode(code: string): string {
  return createHash('sha256').update(code.replace(/-/g, '').toLowerCase(), 'utf8').digest('hex');
}

export function parseSecondFactorCode(input: unknown): SecondFactorCode {
  if (typeof input !== 'string') return null;
  const trimmed = input.trim();
  if (TOTP_CODE_PATTERN.test(trimmed)) return { kind: 'totp', code: trimmed };
  if (BACKUP_CODE_PATTERN.test(trimmed)) return { kind: 'backup-code', hash: hashBackupCode(trimmed) };
  return null;
}
