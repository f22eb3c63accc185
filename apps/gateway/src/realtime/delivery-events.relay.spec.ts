import { DeliveryStatusChanged, DriverLocationUpdated } from '@platter/contracts';
import { DeliveryEventsRelay } from './delivery-events.relay';
import { RealtimeRelay, RoomEmitter } from './realtime-relay';

function relayWithRecorder() {
  const emitted: Array<{ rooms: string[]; event: string; payload: unknown }> = [];
  const server: RoomEmitter = {
    to: (rooms) => ({ emit: (event, payload) => emitted.push({ rooms: ([] as string[]).concat(rooms), event, payload }) }),
  };
  const relay = new RealtimeRelay();
  relay.attach(server);
  return { handler: new DeliveryEventsRelay(relay), emitted };
}

const delivery = (over: Partial<DeliveryStatusChanged> = {}): DeliveryStatusChanged => ({
  delivery_id: 'd-1',
  order_id: 'o-1',
  restaurant_id: 'r-1',
  driver_id: 'driver-1',
  driver_name: 'Eto',
  status: 'assigned',
  estimated_delivery_time: '2026-01-01T12:30:00.000Z',
  changed_at: '2026-01-01T12:00:00.000Z',
  ...over,
});

describe('delivery events on the sockets', () => {
  it('tells the restaurant and admins who took the order, and the driver what they took', () => {
    const { handler, emitted } = relayWithRecorder();
    handler.statusChanged(delivery());
    expect(emitted).toEqual([
      { rooms: ['restaurant:r-1', 'role:admin'], event: 'driver_assigned', payload: { orderId: 'o-1', driver: { id: 'driver-1', name: 'Eto' }, estimatedDeliveryTime: '2026-01-01T12:30:00.000Z' } },
      { rooms: ['user:driver-1'], event: 'order_assigned', payload: { orderId: 'o-1', deliveryId: 'd-1', restaurantId: 'r-1', status: 'assigned', estimatedDeliveryTime: '2026-01-01T12:30:00.000Z' } },
    ]);
  });

  it('says nothing of the later delivery moves (order_status_update carries them) or of an assignment without a driver', () => {
    const { handler, emitted } = relayWithRecorder();
    for (const status of ['picked_up', 'in_transit', 'delivered', 'unassigned'] as const) handler.statusChanged(delivery({ status }));
    handler.statusChanged(delivery({ driver_id: null }));
    expect(emitted).toEqual([]);
  });

  it("shows the driver's position to the order's customer only", () => {
    const { handler, emitted } = relayWithRecorder();
    const at: DriverLocationUpdated = { driver_id: 'driver-1', delivery_id: 'd-1', order_id: 'o-1', customer_id: 'c-1', lat: 4.05, lng: 9.7, heading: 80, recorded_at: '2026-01-01T12:01:00.000Z' };
    handler.locationUpdated(at);
    handler.locationUpdated({ ...at, customer_id: null }); // a guest's order: no socket to tell
    expect(emitted).toEqual([{ rooms: ['user:c-1'], event: 'driver_location_update', payload: { orderId: 'o-1', lat: 4.05, lng: 9.7 } }]);
  });
});
