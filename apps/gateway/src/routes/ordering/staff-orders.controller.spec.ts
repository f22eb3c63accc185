import { VerifiedActor } from '@platter/auth';
import { DashboardOrdersPage, DashboardOrderView, RPC, StaffOrdersQueryRequest, StaffPlaceOrderRequest } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { AdminCouponsController, RestaurantCouponsController } from './coupons.controller';
import { StaffOrdersController } from './staff-orders.controller';

const actor: VerifiedActor = { user_id: '3f0c8c52-0a4e-4a8e-9d43-0b9a4b2f6a11', role: 'restaurant_staff', sid: 'session-1' };

/** A fake RpcClient that remembers what ordering was sent, and answers `answer`. */
function recordingRpc(answer: unknown = {}) {
  const calls: Array<{ pattern: string; actor: unknown; data: unknown }> = [];
  const rpc = {
    call: jest.fn(async (pattern: string, req: { actor: unknown; data: unknown }) => {
      calls.push({ pattern, actor: req.actor, data: req.data });
      return answer;
    }),
  } as unknown as RpcClient;
  return { rpc, calls };
}

/** What ordering answers for a staff order (a fresh dine-in order, nothing more to it). */
const placedOrder: DashboardOrderView = {
  id: '0c6f4c2e-8f0a-4d5b-9e3c-2a1b0c9d8e7f', order_number: 'PL-0001', restaurant_id: '6f1c1f43-1d8e-4d55-9d7e-0d6f3b1c2a10', customer_id: null,
  status: 'confirmed', items: [], subtotal: 0, tax_amount: 0, delivery_fee: 0, service_fee: 0, discount_amount: 0, total_amount: 0, currency: 'XAF',
  delivery_type: 'dine_in', payment_method: 'cash', payment_status: 'pending', created_at: '2026-01-01T10:00:00.000Z', updated_at: '2026-01-01T10:00:00.000Z',
  staff_status: 'pending', staff_payment_status: 'unpaid', order_type: 'offline', source: 'staff', contact: null, delivered_at: null,
};

describe('StaffOrdersController', () => {
  it("forwards the staff body without the client's prices, with the Idempotency-Key, and without the session id", async () => {
    const { rpc, calls } = recordingRpc(placedOrder);
    const body = {
      orderType: 'offline', customerId: '5b7e0c3a-2d1f-4c6b-8a9e-1f2e3d4c5b6a', totalAmount: 1,
      items: [{ productId: '7d3c1a52-5b7e-4f0e-9a51-0c3a3f1e2b11', quantity: 2, price: 1 }],
    } as StaffPlaceOrderRequest;
    await new StaffOrdersController(rpc).place(body, 'key-1', actor, 'req-1');
    expect(calls).toEqual([{
      pattern: RPC.ordering.staffPlace,
      actor: { user_id: actor.user_id, role: 'restaurant_staff' },
      data: { order_type: 'offline', customer_id: body.customerId, items: [{ menu_item_id: body.items[0].productId, quantity: 2 }], idempotency_key: 'key-1' },
    }]);
  });
});

describe('StaffOrdersController, in both vocabularies', () => {
  it("answers POST /orders with ordering's order in camelCase, the delivery code included", async () => {
    const { rpc } = recordingRpc({ ...placedOrder, delivery_code: '4821' });
    const body = { orderType: 'offline', items: [{ productId: '7d3c1a52-5b7e-4f0e-9a51-0c3a3f1e2b11', quantity: 1 }] } as StaffPlaceOrderRequest;
    expect(await new StaffOrdersController(rpc).place(body, 'key-2', actor, 'req-1')).toMatchObject({
      id: placedOrder.id, orderNumber: 'PL-0001', status: 'pending', platterStatus: 'confirmed', paymentStatus: 'unpaid', orderType: 'offline', deliveryCode: '4821', customer: null,
    });
  });

  it("lists with the filters in ordering's names and answers the page and stats in camelCase", async () => {
    const page: DashboardOrdersPage = {
      items: [placedOrder],
      pagination: { page: 1, limit: 20, total: 1, totalPages: 1 },
      stats: { total_orders: 1, total_revenue: 0, average_order_value: 0, currency: 'XAF', by_currency: [{ currency: 'XAF', total_orders: 1, total_revenue: 0, average_order_value: 0 }] },
    };
    const { rpc, calls } = recordingRpc(page);
    const query = Object.assign(new StaffOrdersQueryRequest(), { status: 'pending', startDate: '2026-01-01', endDate: '2026-01-31' });
    const listed = await new StaffOrdersController(rpc).list(query, actor, 'req-1');
    expect(calls.map((c) => [c.pattern, c.data])).toEqual([[RPC.ordering.staffList, { page: 1, limit: 20, status: 'pending', from: '2026-01-01', to: '2026-01-31' }]]);
    expect(listed).toMatchObject({
      orders: [{ id: placedOrder.id, status: 'pending' }],
      pagination: { page: 1, limit: 20, total: 1, totalPages: 1 },
      stats: { totalOrders: 1, totalRevenue: 0, averageOrderValue: 0, currency: 'XAF', byCurrency: [{ currency: 'XAF', totalOrders: 1, totalRevenue: 0, averageOrderValue: 0 }] },
    });
  });

  it("moves an order by the path's id, the payment status in ordering's name", async () => {
    const { rpc, calls } = recordingRpc({ ...placedOrder, status: 'completed', staff_status: 'completed', staff_payment_status: 'paid' });
    const moved = await new StaffOrdersController(rpc).setStatus({ orderId: placedOrder.id }, { status: 'completed', paymentStatus: 'paid' }, actor, 'req-1');
    expect(calls.map((c) => [c.pattern, c.data])).toEqual([[RPC.ordering.staffSetStatus, { id: placedOrder.id, status: 'completed', payment_status: 'paid' }]]);
    expect(moved).toMatchObject({ status: 'completed', platterStatus: 'completed', paymentStatus: 'paid' });
  });
});

describe('coupon controllers', () => {
  it('name the scope: the restaurant area its own coupons, the admin area the platform’s', async () => {
    const { rpc, calls } = recordingRpc();
    await new RestaurantCouponsController(rpc).create({ code: 'MAMA10', discount_type: 'fixed', amount: 500 }, actor, 'req-1');
    await new AdminCouponsController(rpc).update({ id: '9d1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d' }, { is_active: false }, { ...actor, role: 'admin' }, 'req-2');
    expect(calls.map((c) => [c.pattern, c.data])).toEqual([
      [RPC.ordering.createCoupon, { code: 'MAMA10', discount_type: 'fixed', amount: 500, scope: 'restaurant' }],
      [RPC.ordering.updateCoupon, { id: '9d1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d', scope: 'platform', coupon: { is_active: false } }],
    ]);
  });
});
