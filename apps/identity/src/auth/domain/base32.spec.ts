import { decodeBase32, encodeBase32 } from './base32';

// RFC 4648 §10 test vectors.
const VECTORS: Array<[string, string]> = [
  ['', ''],
  ['f', 'MY======'],
  ['fo', 'MZXQ===='],
  ['foo', 'MZXW6==='],
  ['foob', 'MZXW6YQ='],
  ['fooba', 'MZXW6YTB'],
  ['foobar', 'MZXW6YTBOI======'],
];

describe('base32', () => {
  it.each(VECTORS)('encodes %j as %s', (plain, encoded) => {
    expect(encodeBase32(Buffer.from(plain))).toBe(encoded);
  });

  it.each(VECTORS)('decodes %j back from %s', (plain, encoded) => {
    expect(decodeBase32(encoded)?.toString()).toBe(plain);
  });

  it('leaves the padding out on request and reads lower case, spaces and missing padding', () => {
    expect(encodeBase32(Buffer.from('foobar'), { padding: false })).toBe('MZXW6YTBOI');
    expect(decodeBase32('mzxw 6ytb oi')?.toString()).toBe('foobar');
  });

  it('round-trips random bytes', () => {
    const bytes = Buffer.from(Array.from({ length: 37 }, (_, i) => (i * 97 + 13) % 256));
    expect(decodeBase32(encodeBase32(bytes))).toEqual(bytes);
  });

  it('refuses characters outside the alphabet', () => {
    expect(decodeBase32('MZXW1')).toBeNull();
    expect(decodeBase32('MZ XW!')).toBeNull();
  });
});
