import { PiiKeyring } from '@platter/persistence';

/**
 * Identity's PII keyring (PII_ENCRYPTION_KEYS), set by identityModule() before migrations run and
 * read by the users.phone column transformer and the phone blind index.
 */
export const userPii = new PiiKeyring();

/** The stored form of a (normalised, E.164) phone number: the transformer encrypts `phone`; `phone_lookup` finds it. */
export function phoneColumns(phone: string | null): { phone: string | null; phone_lookup: string | null } {
  return { phone, phone_lookup: phone === null ? null : userPii.get().blindIndex(phone) };
}

/** Blind indexes to look a phone number up by: one per key of the ring, so rows written before a rotation match. */
export function phoneLookups(phone: string): string[] {
  return userPii.get().blindIndexes(phone);
}
