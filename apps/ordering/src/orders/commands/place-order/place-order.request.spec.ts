import { PlaceOrderRpcRequest as PlaceOrderRequest, PlatterError } from '@platter/contracts';
import { validData } from '@platter/service-kit';

const ITEM = '7d3c1a52-5b7e-4f0e-9a51-0c3a3f1e2b11';
const RESTAURANT = '2b1f6c0e-8a4d-4c3b-9f2e-5d6a7b8c9d0e';
const valid = {
  restaurant_id: RESTAURANT,
  items: [{ menu_item_id: ITEM, quantity: 2 }],
  delivery_type: 'pickup',
  payment_method: 'cash',
};

function fieldsOf(data: unknown): string[] {
  try {
    validData(PlaceOrderRequest, data);
  } catch (err) {
    expect((err as PlatterError).code).toBe('VALIDATION_ERROR');
    return (err as PlatterError).details!.map((d) => d.field);
  }
  return [];
}

describe('PlaceOrderRequest', () => {
  it('accepts a pickup order without an address', () => {
    expect(fieldsOf(valid)).toEqual([]);
  });

  it('requires a delivery address for a delivery order', () => {
    expect(fieldsOf({ ...valid, delivery_type: 'delivery' })).toEqual(['delivery_address']);
    expect(fieldsOf({ ...valid, delivery_type: 'delivery', delivery_address: { address: 'Rue 1, Douala', latitude: 4.05, longitude: 9.7 } })).toEqual([]);
  });

  it('checks the address it is given', () => {
    expect(fieldsOf({ ...valid, delivery_type: 'delivery', delivery_address: { address: '', latitude: 100, longitude: 9.7 } })).toEqual([
      'delivery_address.address',
      'delivery_address.latitude',
    ]);
  });

  it.each([[0], [100], [1.5]])('refuses a quantity of %s', (quantity) => {
    expect(fieldsOf({ ...valid, items: [{ menu_item_id: ITEM, quantity }] })).toEqual(['items.0.quantity']);
  });

  it('refuses an empty order, an unknown payment method and a bad delivery type', () => {
    expect(fieldsOf({ ...valid, items: [], payment_method: 'iou', delivery_type: 'drone' }).sort()).toEqual(['delivery_type', 'items', 'payment_method']);
  });

  it('lets a client-sent price through validation (it is ignored when pricing)', () => {
    expect(fieldsOf({ ...valid, items: [{ menu_item_id: ITEM, quantity: 1, unit_price: 1 }] })).toEqual([]);
  });

  it('takes a variant and modifier options per line, each an id, never the same option twice', () => {
    const line = { menu_item_id: ITEM, quantity: 1, variant_id: '0b7c6f1e-2d3a-4b5c-8d9e-0f1a2b3c4d5e', modifier_ids: ['1c8d7e2f-3a4b-4c5d-9e0f-1a2b3c4d5e6f'] };
    expect(fieldsOf({ ...valid, items: [line] })).toEqual([]);
    expect(fieldsOf({ ...valid, items: [{ ...line, variant_id: 'large', modifier_ids: ['x'] }] }).sort()).toEqual(['items.0.modifier_ids', 'items.0.variant_id']);
    expect(fieldsOf({ ...valid, items: [{ ...line, modifier_ids: [line.modifier_ids[0], line.modifier_ids[0]] }] })).toEqual(['items.0.modifier_ids']);
  });

  it('takes a coupon, loyalty points in whole numbers, free delivery, and a payer phone it stores in E.164', () => {
    expect(fieldsOf({ ...valid, coupon_code: 'WELCOME10', loyalty_points: 500, redeem_free_delivery: true, payer_phone: '+237670000001' })).toEqual([]);
    expect(fieldsOf({ ...valid, loyalty_points: -100, redeem_free_delivery: 'yes', payer_phone: 'call me', coupon_code: '' }).sort()).toEqual([
      'coupon_code', 'loyalty_points', 'payer_phone', 'redeem_free_delivery',
    ]);
    expect(validData(PlaceOrderRequest, { ...valid, payer_phone: '670 00 00 01' }).payer_phone).toBe('+237670000001');
  });
});
