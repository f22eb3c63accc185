import { CouponView, DashboardOrderView, OrderView, RPC, StaffOrderView } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';

/**
 * The typecheck is the test: each `@ts-expect-error` line must fail to compile (tsc reports an
 * unused directive otherwise). An ordering pattern takes only its own request and answers only its own result.
 */
function typedCalls(rpc: RpcClient): Array<Promise<unknown>> {
  const order = { restaurant_id: 'r', items: [{ menu_item_id: 'm', quantity: 1 }], delivery_type: 'pickup' as const, payment_method: 'cash' as const };
  const placed: Promise<OrderView> = rpc.call(RPC.ordering.place, { actor: null, data: order });
  // @ts-expect-error a place-order request needs its items
  const withoutItems = rpc.call(RPC.ordering.place, { actor: null, data: { restaurant_id: 'r', delivery_type: 'pickup', payment_method: 'cash' } });
  // @ts-expect-error the delivery type is one of the known ones
  const badType = rpc.call(RPC.ordering.place, { actor: null, data: { ...order, delivery_type: 'drone' } });
  // @ts-expect-error placing an order answers an order, not a coupon
  const wrongResult: Promise<CouponView> = rpc.call(RPC.ordering.place, { actor: null, data: order });
  // @ts-expect-error a coupon is fetched by scope and id
  const couponWithoutScope = rpc.call(RPC.ordering.getCoupon, { actor: null, data: { id: 'c' } });
  // @ts-expect-error tracking an order takes its order_id
  const trackingById = rpc.call(RPC.ordering.orderTracking, { actor: null, data: { id: 'o' } });
  const staffOrder = { order_type: 'offline' as const, items: [{ menu_item_id: 'm', quantity: 1 }] };
  const keyedIn: Promise<DashboardOrderView> = rpc.call(RPC.ordering.staffPlace, { actor: null, data: staffOrder });
  // @ts-expect-error the staff RPCs speak ordering's vocabulary: lines name their menu_item_id
  const camelLine = rpc.call(RPC.ordering.staffPlace, { actor: null, data: { order_type: 'offline', items: [{ productId: 'm', quantity: 1 }] } });
  // @ts-expect-error ordering answers its own view; the gateway shows it as a StaffOrderView
  const camelAnswer: Promise<StaffOrderView> = rpc.call(RPC.ordering.staffSetStatus, { actor: null, data: { id: 'o', status: 'completed' } });
  // @ts-expect-error the staff listing filters by ordering's names (customer_id, from, to)
  const camelFilter = rpc.call(RPC.ordering.staffList, { actor: null, data: { customerId: 'c' } });
  return [placed, withoutItems, badType, wrongResult, couponWithoutScope, trackingById, keyedIn, camelLine, camelAnswer, camelFilter];
}

describe('ordering RPC typing', () => {
  it('is checked at compile time (the calls above are never made)', () => {
    expect(typeof typedCalls).toBe('function');
  });
});
