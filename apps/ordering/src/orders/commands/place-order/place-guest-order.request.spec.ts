import { PlaceGuestOrderRpcRequest as PlaceGuestOrderRequest, PlatterError } from '@platter/contracts';
import { validData } from '@platter/service-kit';

const valid = {
  restaurant_id: '2b1f6c0e-8a4d-4c3b-9f2e-5d6a7b8c9d0e',
  items: [{ menu_item_id: '7d3c1a52-5b7e-4f0e-9a51-0c3a3f1e2b11', quantity: 1 }],
  delivery_type: 'pickup',
  payment_method: 'cash',
  guest: { name: 'Awa', phone: '+237670123456' },
};

function fieldsOf(data: unknown): string[] {
  try {
    validData(PlaceGuestOrderRequest, data);
  } catch (err) {
    return (err as PlatterError).details!.map((d) => d.field).sort();
  }
  return [];
}

describe('PlaceGuestOrderRequest', () => {
  it('is a customer order plus the guest contact, with an optional guest session', () => {
    expect(fieldsOf(valid)).toEqual([]);
    expect(fieldsOf({ ...valid, guest: { ...valid.guest, email: 'awa@example.cm' }, guest_session_id: '5b7e0c3a-2d1f-4c6b-8a9e-1f2e3d4c5b6a' })).toEqual([]);
  });

  it('needs the guest contact and checks it, and the order rules still apply', () => {
    const { guest: _guest, ...withoutGuest } = valid;
    expect(fieldsOf(withoutGuest)).toEqual(['guest']);
    expect(fieldsOf({ ...valid, guest: { name: '', phone: '', email: 'nope' } })).toEqual(['guest.email', 'guest.name', 'guest.phone']);
    expect(fieldsOf({ ...valid, delivery_type: 'delivery', guest_session_id: 'not-a-uuid' })).toEqual(['delivery_address', 'guest_session_id']);
  });

  it('stores the guest phone in E.164, and refuses what is not a phone number', () => {
    expect(validData(PlaceGuestOrderRequest, { ...valid, guest: { name: 'Awa', phone: '670 12 34 56' } }).guest.phone).toBe('+237670123456');
    expect(fieldsOf({ ...valid, guest: { name: 'Awa', phone: 'call me' } })).toEqual(['guest.phone']);
  });
});
