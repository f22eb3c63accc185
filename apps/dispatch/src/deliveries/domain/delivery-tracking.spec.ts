import type { Delivery } from '../delivery.entity';
import type { Driver } from '../../drivers/driver.entity';
import { deliveryTrackingView, maySeeDelivery } from './delivery-tracking';

const delivery = (over: Partial<Delivery> = {}): Delivery =>
  ({
    id: 'dl-1', order_id: 'o-1', restaurant_id: 'r-1', customer_id: 'c-1', driver_id: 'd-1', status: 'in_transit',
    dest_lat: 4.05, dest_lng: 9.7, estimated_delivery_at: null, ...over,
  }) as Delivery;
const driver = (over: Partial<Driver> = {}): Driver =>
  ({ id: 'd-1', last_lat: 4.05, last_lng: 9.6, last_located_at: new Date('2026-01-01T12:00:00Z'), ...over }) as Driver;

describe("an order's delivery, as its room sees it", () => {
  it('is seen by its customer, its restaurant, its driver and admins only', () => {
    const d = delivery();
    expect(maySeeDelivery({ user_id: 'c-1', role: 'customer' }, d)).toBe(true);
    expect(maySeeDelivery({ user_id: 'c-2', role: 'customer' }, d)).toBe(false);
    expect(maySeeDelivery({ user_id: 'd-1', role: 'driver' }, d)).toBe(true);
    expect(maySeeDelivery({ user_id: 'd-2', role: 'driver' }, d)).toBe(false);
    expect(maySeeDelivery({ user_id: 's-1', role: 'restaurant_staff', restaurant_id: 'r-1', restaurant_role: 'staff' }, d)).toBe(true);
    expect(maySeeDelivery({ user_id: 's-2', role: 'restaurant_staff', restaurant_id: 'r-2', restaurant_role: 'staff' }, d)).toBe(false);
    expect(maySeeDelivery({ user_id: 'a-1', role: 'admin' }, d)).toBe(true);
    expect(maySeeDelivery({ user_id: 'c-1', role: 'customer' }, delivery({ customer_id: null }))).toBe(false);
  });

  it("carries the driver's last position and an ETA from it while the delivery is theirs", () => {
    const now = new Date('2026-01-01T12:00:30Z');
    const view = deliveryTrackingView(delivery(), driver(), 25, now);
    expect(view).toMatchObject({ order_id: 'o-1', delivery_id: 'dl-1', status: 'in_transit', driver_id: 'd-1', lat: 4.05, lng: 9.6, recorded_at: '2026-01-01T12:00:00.000Z' });
    // About 11 km at 25 km/h: 27 minutes, rounded up to the minute.
    expect(new Date(view.eta!).getTime() - now.getTime()).toBe(27 * 60_000);
  });

  it('shows no position before a driver holds it, after delivery, or without a known position', () => {
    expect(deliveryTrackingView(delivery({ status: 'available', driver_id: null }), null, 25)).toMatchObject({ lat: null, lng: null, recorded_at: null, eta: null });
    expect(deliveryTrackingView(delivery({ status: 'delivered' }), driver(), 25)).toMatchObject({ lat: null, lng: null, eta: null });
    expect(deliveryTrackingView(delivery(), driver({ last_lat: null, last_lng: null }), 25)).toMatchObject({ lat: null, eta: null });
    // A driver row that is not the delivery's driver (reassigned in between) is not shown.
    expect(deliveryTrackingView(delivery(), driver({ id: 'd-9' }), 25)).toMatchObject({ lat: null });
  });

  it("prefers assignment's own estimate of the delivery time", () => {
    const planned = new Date('2026-01-01T12:25:00Z');
    expect(deliveryTrackingView(delivery({ estimated_delivery_at: planned }), driver(), 25).eta).toBe('2026-01-01T12:25:00.000Z');
    expect(deliveryTrackingView(delivery({ estimated_delivery_at: planned, status: 'delivered' }), driver(), 25).eta).toBeNull();
  });

  it('has no ETA without the destination', () => {
    expect(deliveryTrackingView(delivery({ dest_lat: null, dest_lng: null }), driver(), 25)).toMatchObject({ lat: 4.05, eta: null });
  });
});
