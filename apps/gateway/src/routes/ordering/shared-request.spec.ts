import { PlaceGuestOrderRequest, PlaceGuestOrderRpcRequest, PlaceOrderRequest, PlaceOrderRpcRequest } from '@platter/contracts';
import { createValidationPipe, validData } from '@platter/service-kit';
import { edgeFieldErrors, serviceFieldErrors } from '@platter/testing';

const RESTAURANT = '6f1c1f43-1d8e-4d55-9d7e-0d6f3b1c2a10';
const ITEM = '2b0c7a4e-3f1d-4e8a-9c5b-7d6e5f4a3b21';
const valid = { restaurant_id: RESTAURANT, items: [{ menu_item_id: ITEM, quantity: 1 }], delivery_type: 'pickup', payment_method: 'cash' };

describe('a request class shared by the gateway and ordering', () => {
  it.each([
    ['a bad line, a bad delivery type and an unknown payment method', { ...valid, items: [{ menu_item_id: 'x', quantity: 100 }], delivery_type: 'drone', payment_method: 'iou' }],
    ['a delivery order without an address', { ...valid, delivery_type: 'delivery' }],
    ['an address out of range', { ...valid, delivery_type: 'delivery', delivery_address: { address: '', latitude: 91, longitude: 9.7 } }],
    ['a payer phone that is not a phone number', { ...valid, payer_phone: 'call me' }],
    ['an empty coupon code, negative points and a non-boolean free delivery', { ...valid, coupon_code: '', loyalty_points: -100, redeem_free_delivery: 'yes' }],
    ['no items at all', { ...valid, items: [] }],
  ])('rejects %s with the same field errors on both sides', async (_case, body) => {
    const edge = await edgeFieldErrors(PlaceOrderRequest, body);
    expect(edge.length).toBeGreaterThan(0);
    expect(serviceFieldErrors(() => validData(PlaceOrderRpcRequest, body))).toEqual(edge);
  });

  it('answers a delivery order without an address at the edge as ordering does', async () => {
    expect(await edgeFieldErrors(PlaceOrderRequest, { ...valid, delivery_type: 'delivery' })).toEqual([
      { field: 'delivery_address', message: 'delivery_address is required for a delivery order' },
    ]);
  });

  it('refuses at the edge a payer phone ordering would refuse, and stores an accepted one in E.164 on both sides', async () => {
    expect(await edgeFieldErrors(PlaceOrderRequest, { ...valid, payer_phone: '12345' })).toEqual([
      { field: 'payer_phone', message: 'payer_phone must be a valid phone number (E.164, or a Cameroonian or Egyptian national form)' },
    ]);
    const edge = (await createValidationPipe().transform({ ...valid, payer_phone: '670 00 00 01' }, { type: 'body', metatype: PlaceOrderRequest })) as PlaceOrderRequest;
    expect(edge.payer_phone).toBe('+237670000001');
    expect(validData(PlaceOrderRpcRequest, { ...valid, payer_phone: '670 00 00 01' }).payer_phone).toBe('+237670000001');
  });

  it('checks a guest order the same way, guest contact included', async () => {
    const body = { ...valid, guest: { name: '', phone: 'call me', email: 'nope' } };
    const edge = await edgeFieldErrors(PlaceGuestOrderRequest, body);
    expect(edge.map((d) => d.field).sort()).toEqual(['guest.email', 'guest.name', 'guest.phone']);
    expect(serviceFieldErrors(() => validData(PlaceGuestOrderRpcRequest, body))).toEqual(edge);
  });

  it('keeps what only the gateway may add out of the body: the Idempotency-Key and the guest session', async () => {
    expect(await edgeFieldErrors(PlaceOrderRequest, { ...valid, idempotency_key: 'k-1' })).toEqual([{ field: 'idempotency_key', message: 'property idempotency_key should not exist' }]);
    expect(await edgeFieldErrors(PlaceGuestOrderRequest, { ...valid, guest: { name: 'Awa', phone: '+237670123456' }, guest_session_id: RESTAURANT })).toEqual([
      { field: 'guest_session_id', message: 'property guest_session_id should not exist' },
    ]);
    expect(serviceFieldErrors(() => validData(PlaceOrderRpcRequest, { ...valid, idempotency_key: 'k-1' }))).toEqual([]);
  });
});
