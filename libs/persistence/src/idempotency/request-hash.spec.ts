import { canonicalJson, requestHash } from './request-hash';

describe('request hash', () => {
  it('does not depend on key order or on the idempotency key', () => {
    const a = { restaurant_id: 'r', items: [{ menu_item_id: 'm', quantity: 2 }], idempotency_key: 'k1' };
    const b = { items: [{ quantity: 2, menu_item_id: 'm' }], idempotency_key: 'k2', restaurant_id: 'r' };
    expect(requestHash(a)).toBe(requestHash(b));
    expect(requestHash(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with any value, including the order of lines', () => {
    const base = { restaurant_id: 'r', items: [{ menu_item_id: 'm', quantity: 1 }, { menu_item_id: 'n', quantity: 1 }] };
    expect(requestHash({ ...base, items: [base.items[0], { ...base.items[1], quantity: 2 }] })).not.toBe(requestHash(base));
    expect(requestHash({ ...base, items: [base.items[1], base.items[0]] })).not.toBe(requestHash(base));
  });

  it('leaves undefined members out, as JSON does', () => {
    expect(canonicalJson({ b: 1, a: undefined, c: [undefined, null] })).toBe('{"b":1,"c":[null,null]}');
  });

  it('tells the same body on two routes apart when given a scope', () => {
    const body = { order_id: 'o', idempotency_key: 'k' };
    expect(requestHash(body, 'campay')).not.toBe(requestHash(body, 'noupay'));
    expect(requestHash(body, 'campay')).toBe(requestHash({ order_id: 'o' }, 'campay'));
  });
});
