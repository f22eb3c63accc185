import { AdminDriverView, DeliveryTrackingView, DriverDeliveryView, DriverProfileView, NotificationLogView, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';

/**
 * The typecheck is the test: each `@ts-expect-error` line must fail to compile (tsc reports an
 * unused directive otherwise). A dispatch, notifications or marketing pattern takes only its own
 * request and answers only its own result.
 */
function typedCalls(rpc: RpcClient): Array<Promise<unknown>> {
  const located: Promise<DriverProfileView> = rpc.call(RPC.dispatch.updateLocation, { actor: null, data: { lat: 4.05, lng: 9.7 } });
  // @ts-expect-error a position needs its longitude
  const withoutLng = rpc.call(RPC.dispatch.updateLocation, { actor: null, data: { lat: 4.05 } });
  // @ts-expect-error a vehicle is one of the known types
  const rocket = rpc.call(RPC.dispatch.updateDriverProfile, { actor: null, data: { vehicle_type: 'rocket' } });
  // @ts-expect-error an assignment names the order and the driver
  const assignWithoutDriver = rpc.call(RPC.dispatch.assignDelivery, { actor: null, data: { order_id: 'o' } });
  // @ts-expect-error rejecting a driver says why
  const rejectWithoutReason = rpc.call(RPC.dispatch.rejectDriver, { actor: null, data: { id: 'd' } });
  // @ts-expect-error accepting an order answers the driver's delivery, not an admin's driver view
  const wrongResult: Promise<AdminDriverView> = rpc.call(RPC.dispatch.acceptOrder, { actor: null, data: { id: 'o' } });
  // @ts-expect-error tracking a delivery takes the order_id
  const trackingById = rpc.call(RPC.dispatch.deliveryTracking, { actor: null, data: { id: 'o' } });
  const tracked: Promise<DeliveryTrackingView> = rpc.call(RPC.dispatch.deliveryTracking, { actor: null, data: { order_id: 'o' } });
  const delivered: Promise<DriverDeliveryView> = rpc.call(RPC.dispatch.deliverOrder, { actor: null, data: { id: 'o', delivery_code: '4821' } });
  // @ts-expect-error notification logs answer a list, not one log
  const oneLog: Promise<NotificationLogView> = rpc.call(RPC.notifications.listLogs, { actor: null, data: {} });
  // @ts-expect-error a page number is a number
  const textPage = rpc.call(RPC.marketing.listCustomers, { actor: null, data: { page: 'two' } });
  return [located, withoutLng, rocket, assignWithoutDriver, rejectWithoutReason, wrongResult, trackingById, tracked, delivered, oneLog, textPage];
}

describe('dispatch, notifications and marketing RPC typing', () => {
  it('is checked at compile time (the calls above are never made)', () => {
    expect(typeof typedCalls).toBe('function');
  });
});
