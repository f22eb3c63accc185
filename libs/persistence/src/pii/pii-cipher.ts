import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** One AES-256 key of the PII keyring, named by its key id (kept in every ciphertext it makes). */
export interface PiiKey {
  kid: string;
  key: Buffer;
}

const FORMAT_VERSION = 'v1';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** A malformed keyring, or a ciphertext that is not ours, was tampered with, or names an unknown key. */
export class PiiCipherError extends Error {
  override name = 'PiiCipherError';
}

/**
 * Parses `kid1:<base64 of 32 bytes>,kid0:<...>` (the first key is the current one). Throws
 * PiiCipherError naming what is wrong, never the key material.
 */
export function parsePiiKeys(spec: string): PiiKey[] {
  const entries = spec.split(',').map((e) => e.trim()).filter((e) => e !== '');
  if (entries.length === 0) throw new PiiCipherError('must list at least one key as <kid>:<base64 of 32 bytes>');
  const keys = entries.map((entry, i) => {
    const colon = entry.indexOf(':');
    const kid = colon > 0 ? entry.slice(0, colon) : '';
    if (!KID_PATTERN.test(kid)) throw new PiiCipherError(`key ${i + 1}: the key id must be 1-32 of [A-Za-z0-9_-], followed by ":"`);
    const material = entry.slice(colon + 1);
    const key = /^[A-Za-z0-9+/_-]+={0,2}$/.test(material) ? Buffer.from(material, 'base64') : Buffer.alloc(0);
    if (key.length !== KEY_BYTES) throw new PiiCipherError(`key ${kid}: must be ${KEY_BYTES} bytes in base64`);
    return { kid, key };
  });
  const kids = new Set(keys.map((k) => k.kid));
  if (kids.size !== keys.length) throw new PiiCipherError('key ids must be unique');
  return keys;
}

/**
 * Field-level encryption of personal data (AES-256-GCM). A ciphertext reads
 * `v1:<kid>:<iv>:<tag>:<ciphertext>` (base64url parts): a random 12-byte IV per value, the GCM tag,
 * and the id of the key that made it, so keys can rotate: the first key encrypts, every listed key
 * decrypts. The version and key id are authenticated too (additional data), so they cannot be swapped.
 *
 * Random IVs make equal values encrypt differently: columns that must be searched or kept unique get
 * a blind index (`blindIndexes`), an HMAC of the normalised value.
 */
export class PiiCipher {
  private readonly byKid: Map<string, Buffer>;
  private readonly current: PiiKey;
  private readonly indexKeys: Buffer[];

  constructor(keys: readonly PiiKey[]) {
    if (keys.length === 0) throw new PiiCipherError('a PII keyring needs at least one key');
    for (const k of keys) {
      if (!KID_PATTERN.test(k.kid)) throw new PiiCipherError(`invalid key id "${k.kid}"`);
      if (k.key.length !== KEY_BYTES) throw new PiiCipherError(`key ${k.kid}: must be ${KEY_BYTES} bytes`);
    }
    this.current = keys[0];
    this.byKid = new Map(keys.map((k) => [k.kid, k.key]));
    // A separate key per purpose: the HMAC key is derived, never the encryption key itself.
    this.indexKeys = keys.map((k) => Buffer.from(hkdfSync('sha256', k.key, Buffer.alloc(0), 'platter-pii-blind-index', KEY_BYTES)));
  }

  static fromSpec(spec: string): PiiCipher {
    return new PiiCipher(parsePiiKeys(spec));
  }

  get currentKid(): string {
    return this.current.kid;
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(header(this.current.kid));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [FORMAT_VERSION, this.current.kid, b64(iv), b64(tag), b64(ciphertext)].join(':');
  }

  decrypt(token: string): string {
    const parts = token.split(':');
    if (parts.length !== 5 || parts[0] !== FORMAT_VERSION || !parts.slice(2).every((p) => BASE64URL.test(p))) {
      throw new PiiCipherError('not a v1 PII ciphertext');
    }
    const [, kid, ivText, tagText, ciphertextText] = parts;
    const key = this.byKid.get(kid);
    if (!key) throw new PiiCipherError(`unknown PII key id "${kid}"`);
    const iv = Buffer.from(ivText, 'base64url');
    const tag = Buffer.from(tagText, 'base64url');
    if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new PiiCipherError('not a v1 PII ciphertext');
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(header(kid));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(Buffer.from(ciphertextText, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new PiiCipherError('PII ciphertext failed authentication (tampered, or the wrong key)');
    }
  }

  /** Whether a ciphertext was made with a key other than the current one (worth re-encrypting). */
  needsReencryption(token: string): boolean {
    return token.split(':')[1] !== this.current.kid;
  }

  /** HMAC-SHA256 (base64url) of a normalised value under the current key: what to store. */
  blindIndex(value: string): string {
    return hmac(this.indexKeys[0], value);
  }

  /** The value's blind index under every key, the current one first: what to look for after a rotation. */
  blindIndexes(value: string): string[] {
    return this.indexKeys.map((k) => hmac(k, value));
  }
}

function header(kid: string): Buffer {
  return Buffer.from(`${FORMAT_VERSION}:${kid}`, 'utf8');
}

function b64(bytes: Buffer): string {
  return bytes.toString('base64url');
}

function hmac(key: Buffer, value: string): string {
  return createHmac('sha256', key).update(value, 'utf8').digest('base64url');
}
