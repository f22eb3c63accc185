import { VerifiedActor } from '@platter/auth';
import { RPC, StaffPlaceOrderRequest } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { AdminCouponsController, RestaurantCouponsController } from './coupons.controller';
import { StaffOrdersController } from './staff-orders.controller';

const actor: VerifiedActor = { user_id: '3f0c8c52-0a4e-4a8e-9d43-0b9a4b2f6a11', role: 'restaurant_staff', sid: 'session-1' };

/** A fake RpcClient that remembers what ordering was sent. */
function recordingRpc() {
  const calls: Array<{ pattern: string; actor: unknown; data: unknown }> = [];
  const rpc = {
    call: jest.fn(async (pattern: string, req: { actor: unknown; data: unknown }) => {
      calls.push({ pattern, actor: req.actor, data: req.data });
      return {};
    }),
  } as unknown as RpcClient;
  return { rpc, calls };
}

describe('StaffOrdersController', () => {
  it("forwards the staff body without the client's prices, with the Idempotency-Key, and without the session id", async () => {
    const { rpc, calls } = recordingRpc();
    const body = {
      orderType: 'offline', customerId: '5b7e0c3a-2d1f-4c6b-8a9e-1f2e3d4c5b6a', totalAmount: 1,
      items: [{ productId: '7d3c1a52-5b7e-4f0e-9a51-0c3a3f1e2b11', quantity: 2, price: 1 }],
    } as StaffPlaceOrderRequest;
    await new StaffOrdersController(rpc).place(body, 'key-1', actor, 'req-1');
    expect(calls).toEqual([{
      pattern: RPC.ordering.staffPlace,
      actor: { user_id: actor.user_id, role: 'restaurant_staff' },
      data: { orderType: 'offline', customerId: body.customerId, items: [{ productId: body.items[0].productId, quantity: 2 }], idempotencyKey: 'key-1' },
    }]);
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
