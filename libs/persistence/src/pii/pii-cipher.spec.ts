import { randomBytes } from 'node:crypto';
import { PiiCipher, PiiCipherError, parsePiiKeys } from './pii-cipher';
import { PiiKeyring, encryptedColumn } from './pii-column';

const key = (kid: string) => ({ kid, key: randomBytes(32) });

describe('PiiCipher', () => {
  const k1 = key('k1');
  const k0 = key('k0');

  it('decrypts what it encrypted, including non-ASCII text', () => {
    const cipher = new PiiCipher([k1]);
    for (const value of ['+237670000000', '', 'Zoë Ngo’o 🍲']) expect(cipher.decrypt(cipher.encrypt(value))).toBe(value);
  });

  it('writes v1:<kid>:<iv>:<tag>:<ciphertext> in base64url with a fresh 12-byte IV each time', () => {
    const cipher = new PiiCipher([k1]);
    const a = cipher.encrypt('+237670000000');
    const b = cipher.encrypt('+237670000000');
    expect(a).not.toBe(b);
    const [version, kid, iv, tag, ciphertext] = a.split(':');
    expect([version, kid]).toEqual(['v1', 'k1']);
    expect(Buffer.from(iv, 'base64url')).toHaveLength(12);
    expect(Buffer.from(tag, 'base64url')).toHaveLength(16);
    expect(Buffer.from(ciphertext, 'base64url')).toHaveLength('+237670000000'.length);
    expect(a).toMatch(/^v1:k1:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+$/);
    expect(a).not.toContain('670000000');
  });

  it('refuses a ciphertext whose bytes, tag or key id were tampered with', () => {
    const cipher = new PiiCipher([k1, k0]);
    const [version, kid, iv, tag, ciphertext] = cipher.encrypt('+237670000000').split(':');
    const flip = (text: string) => {
      const bytes = Buffer.from(text, 'base64url');
      bytes[0] ^= 1;
      return bytes.toString('base64url');
    };
    expect(() => cipher.decrypt([version, kid, iv, tag, flip(ciphertext)].join(':'))).toThrow(PiiCipherError);
    expect(() => cipher.decrypt([version, kid, iv, flip(tag), ciphertext].join(':'))).toThrow(PiiCipherError);
    expect(() => cipher.decrypt([version, kid, flip(iv), tag, ciphertext].join(':'))).toThrow(PiiCipherError);
    // Re-labelled with the other key's id: fails authentication (the header is additional data).
    expect(() => cipher.decrypt([version, 'k0', iv, tag, ciphertext].join(':'))).toThrow(PiiCipherError);
  });

  it('refuses a ciphertext made with another key of the same id', () => {
    const token = new PiiCipher([k1]).encrypt('secret');
    expect(() => new PiiCipher([key('k1')]).decrypt(token)).toThrow(/failed authentication/);
  });

  it('refuses a key id it does not hold, and anything that is not a v1 ciphertext', () => {
    const token = new PiiCipher([k0]).encrypt('secret');
    expect(() => new PiiCipher([k1]).decrypt(token)).toThrow(/unknown PII key id "k0"/);
    for (const bad of ['+237670000000', 'v2:k1:a:b:c', 'v1:k1:a:b', 'v1:k1:!!:b:c', 'v1:k1:AAAA:AAAA:AAAA']) {
      expect(() => new PiiCipher([k1]).decrypt(bad)).toThrow(PiiCipherError);
    }
  });

  it('rotates: the first key encrypts, every listed key still decrypts', () => {
    const before = new PiiCipher([k0]);
    const after = new PiiCipher([k1, k0]);
    const old = before.encrypt('+201012345678');
    expect(after.decrypt(old)).toBe('+201012345678');
    expect(after.needsReencryption(old)).toBe(true);
    const fresh = after.encrypt('+201012345678');
    expect(fresh.split(':')[1]).toBe('k1');
    expect(after.needsReencryption(fresh)).toBe(false);
    expect(() => before.decrypt(fresh)).toThrow(/unknown PII key id "k1"/);
  });

  it('blind-indexes deterministically per key, the current key first, never revealing the value', () => {
    const before = new PiiCipher([k0]);
    const after = new PiiCipher([k1, k0]);
    expect(after.blindIndex('+237670000000')).toBe(after.blindIndex('+237670000000'));
    expect(after.blindIndex('+237670000000')).not.toBe(after.blindIndex('+237670000001'));
    expect(after.blindIndexes('+237670000000')).toEqual([after.blindIndex('+237670000000'), before.blindIndex('+237670000000')]);
    expect(after.blindIndex('+237670000000')).not.toContain('670000000');
  });
});

describe('parsePiiKeys', () => {
  const material = randomBytes(32).toString('base64');

  it('reads kid:base64 pairs, the first being the current key', () => {
    const other = randomBytes(32).toString('base64url');
    const keys = parsePiiKeys(` k2:${material} , k1:${other}`);
    expect(keys.map((k) => k.kid)).toEqual(['k2', 'k1']);
    expect(keys[0].key.equals(Buffer.from(material, 'base64'))).toBe(true);
    expect(keys[1].key).toHaveLength(32);
  });

  it.each([
    ['', /at least one key/],
    [material, /key id/],
    [`:${material}`, /key id/],
    ['k1:c2hvcnQ=', /k1: must be 32 bytes/],
    [`k1:${randomBytes(31).toString('base64')}`, /must be 32 bytes/],
    [`k1:${material},k1:${material}`, /unique/],
    ['k1:not base64 at all!', /must be 32 bytes/],
  ])('refuses %j', (spec, message) => {
    expect(() => parsePiiKeys(spec)).toThrow(message);
  });

  it('never puts key material in its messages', () => {
    const short = randomBytes(16).toString('base64');
    expect(() => parsePiiKeys(`k1:${short}`)).toThrow(expect.objectContaining({ message: expect.not.stringContaining(short) }));
  });
});

describe('encryptedColumn', () => {
  it('encrypts strings on the way in, decrypts on the way out, passes null through', () => {
    const keyring = new PiiKeyring();
    keyring.use(new PiiCipher([key('k1')]));
    const column = encryptedColumn(keyring);
    const stored = column.to('+237670000000') as string;
    expect(stored).toMatch(/^v1:k1:/);
    expect(column.from(stored)).toBe('+237670000000');
    expect(column.to(null)).toBeNull();
    expect(column.from(null)).toBeNull();
  });

  it('fails loudly when used before the keyring is configured', () => {
    expect(() => encryptedColumn(new PiiKeyring()).to('+237670000000')).toThrow(/not configured/);
  });
});
