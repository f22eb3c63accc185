import { PlatterError } from '@platter/contracts';
import { validData } from '@platter/service-kit';
import { PlaceOrderRequest } from './place-order.request';

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
});
