import { newOrderNumber } from './order-number';

describe('newOrderNumber', () => {
  it('is ORD-, the UTC date and six base32 characters', () => {
    const n = newOrderNumber(new Date('2026-11-21T23:30:00Z'));
    expect(n).toMatch(/^ORD-20261121-[0-9A-HJKMNP-TV-Z]{6}$/);
  });

  it('maps random bytes onto the alphabet', () => {
    const n = newOrderNumber(new Date('2026-01-02T00:00:00Z'), () => Buffer.from([7, 19, 3, 15, 9, 55]));
    expect(n).toBe('ORD-20260102-7K3F9Q');
  });

  it('differs from one call to the next', () => {
    const numbers = new Set(Array.from({ length: 1000 }, () => newOrderNumber()));
    expect(numbers.size).toBe(1000);
  });
});
