import {
  staffOrdersQueryOf, StaffOrdersQueryRequest, StaffOrdersQueryRpcRequest, staffPlaceOrderDataOf, StaffPlaceOrderRequest,
  StaffPlaceOrderRpcRequest, updateStaffOrderStatusDataOf, UpdateStaffOrderStatusRequest, UpdateStaffOrderStatusRpcRequest,
} from '@platter/contracts';
import { createValidationPipe, validData } from '@platter/service-kit';
import { edgeFieldErrors, serviceFieldErrors } from '@platter/testing';

const ORDER = '0c6f4c2e-8f0a-4d5b-9e3c-2a1b0c9d8e7f';
const ITEM = '2b0c7a4e-3f1d-4e8a-9c5b-7d6e5f4a3b21';
const message = { order_type: 'offline', items: [{ menu_item_id: ITEM, quantity: 1 }] };

describe("the staff order messages ordering checks (snake_case), shared with the gateway", () => {
  it.each([
    ['a bad line, an unknown order type and an unknown payment method', { ...message, items: [{ menu_item_id: 'x', quantity: 100 }], order_type: 'takeaway', payment_method: 'iou' }],
    ['a delivery order without an address', { ...message, delivery_type: 'delivery' }],
    ['an address out of range', { ...message, delivery_type: 'delivery', delivery_address: { address: '', latitude: 91, longitude: 9.7 } }],
    ['a customer without a name and with no phone number', { ...message, customer: { name: '', phone: 'call me' } }],
    ['repeated modifier options and a bad variant', { ...message, items: [{ menu_item_id: ITEM, quantity: 1, variant_id: 'large', modifier_ids: [ITEM, ITEM] }] }],
    ['no items at all and an empty Idempotency-Key', { ...message, items: [], idempotency_key: '' }],
  ])('rejects %s with the same field errors on both sides', async (_case, data) => {
    const edge = await edgeFieldErrors(StaffPlaceOrderRpcRequest, data);
    expect(edge.length).toBeGreaterThan(0);
    expect(serviceFieldErrors(() => validData(StaffPlaceOrderRpcRequest, data))).toEqual(edge);
  });

  it('checks a listing and a status change the same way', async () => {
    const query = { status: 'lost', customer_id: 'x', from: 'yesterday', to: '2026-13-45', restaurant_id: 'y', page: 0 };
    const edge = await edgeFieldErrors(StaffOrdersQueryRpcRequest, query, 'query');
    expect(edge.map((d) => d.field).sort()).toEqual(['customer_id', 'from', 'page', 'restaurant_id', 'status', 'to']);
    expect(serviceFieldErrors(() => validData(StaffOrdersQueryRpcRequest, query))).toEqual(edge);
    const change = { id: 'nope', status: 'eaten', payment_status: 'maybe' };
    const edgeChange = await edgeFieldErrors(UpdateStaffOrderStatusRpcRequest, change);
    expect(edgeChange.map((d) => d.field).sort()).toEqual(['id', 'payment_status', 'status']);
    expect(serviceFieldErrors(() => validData(UpdateStaffOrderStatusRpcRequest, change))).toEqual(edgeChange);
  });

  it('answers the client in its own vocabulary: the edge checks the camelCase body before translating it', async () => {
    expect(await edgeFieldErrors(StaffPlaceOrderRequest, { orderType: 'online', deliveryType: 'delivery', items: [{ productId: ITEM, quantity: 1 }] })).toEqual([
      { field: 'deliveryAddress', message: 'deliveryAddress is required for a delivery order' },
    ]);
    expect((await edgeFieldErrors(StaffPlaceOrderRequest, { orderType: 'offline', items: [{ productId: ITEM, quantity: 1, modifierIds: [ITEM, ITEM] }] })).map((d) => d.field)).toEqual([
      'items.0.modifierIds',
    ]);
    expect((await edgeFieldErrors(StaffOrdersQueryRequest, { status: 'lost', startDate: 'yesterday' }, 'query')).map((d) => d.field).sort()).toEqual(['startDate', 'status']);
    expect(await edgeFieldErrors(StaffPlaceOrderRequest, { orderType: 'offline', items: [{ productId: ITEM, quantity: 1 }], customer: { name: 'Awa', phone: '+237670000077', email: 'a@b.cm' } })).toEqual([
      { field: 'customer.email', message: 'property email should not exist' },
    ]);
  });

  it('lets through to ordering, translated, every request the edge accepts, the phone in E.164 on both sides', async () => {
    const pipe = createValidationPipe();
    const body = (await pipe.transform(
      {
        customerId: ORDER, orderType: 'online', deliveryType: 'delivery', deliveryAddress: { address: 'Akwa, Douala', latitude: 4.05, longitude: 9.7 },
        items: [{ productId: ITEM, quantity: 2, variantId: ITEM, modifierIds: [ORDER], notes: 'no pepper', price: 1 }],
        paymentMethod: 'campay', customer: { name: 'Awa', phone: '670 00 00 77' }, totalAmount: 2,
      },
      { type: 'body', metatype: StaffPlaceOrderRequest },
    )) as StaffPlaceOrderRequest;
    expect(body.customer?.phone).toBe('+237670000077');
    const placed = validData(StaffPlaceOrderRpcRequest, staffPlaceOrderDataOf(body, 'key-1'));
    expect(placed).toMatchObject({ customer_id: ORDER, delivery_type: 'delivery', customer: { phone: '+237670000077' }, idempotency_key: 'key-1' });
    expect(validData(StaffPlaceOrderRpcRequest, { ...message, customer: { name: 'Awa', phone: '670 00 00 77' } }).customer?.phone).toBe('+237670000077');

    const query = (await pipe.transform({ page: '2', limit: '5', status: 'completed', startDate: '2026-01-01', endDate: '2026-01-31' }, { type: 'query', metatype: StaffOrdersQueryRequest })) as StaffOrdersQueryRequest;
    expect(validData(StaffOrdersQueryRpcRequest, staffOrdersQueryOf(query))).toMatchObject({ page: 2, limit: 5, status: 'completed', from: '2026-01-01', to: '2026-01-31' });

    const change = (await pipe.transform({ status: 'completed', paymentStatus: 'paid' }, { type: 'body', metatype: UpdateStaffOrderStatusRequest })) as UpdateStaffOrderStatusRequest;
    expect(validData(UpdateStaffOrderStatusRpcRequest, updateStaffOrderStatusDataOf(ORDER, change))).toMatchObject({ id: ORDER, status: 'completed', payment_status: 'paid' });
  });
});
