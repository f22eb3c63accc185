// Delivery zones in ordering against a real PostgreSQL: the zone replica fed by delivery-zone.changed,
// and place-order checking a delivery address against it (refusals, fee and minimum from the zone).
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor, DeliveryZoneChanged, LngLat } from '@platter/contracts';
import { validData } from '@platter/service-kit';
import { FeatureTestingModule } from '@platter/testing';
import { orderingServices } from '../testing/ordering-services';
import { OrderingConfig } from '../ordering.config';
import { CopyDeliveryZoneService } from '../replicas/commands/copy-delivery-zone/copy-delivery-zone.service';
import { CopyMenuItemService } from '../replicas/commands/copy-menu-item/copy-menu-item.service';
import { CopyRestaurantService } from '../replicas/commands/copy-restaurant/copy-restaurant.service';
import { PlaceOrderRpcRequest as PlaceOrderRequest } from '@platter/contracts';
import { PlaceOrderService } from './commands/place-order/place-order.service';

const customer: Actor = { user_id: randomUUID(), role: 'customer' };
const restaurantId = randomUUID();
const zonelessRestaurantId = randomUUID();
const ndole = randomUUID();
const elsewhereDish = randomUUID();
const circleId = randomUUID();
const squareId = randomUUID();
const at = (iso: string) => new Date(iso);
const akwaSquare: LngLat[] = [[9.68, 4.03], [9.72, 4.03], [9.72, 4.07], [9.68, 4.07]];
const akwa = { address: 'Akwa, Douala', latitude: 4.05, longitude: 9.7 };
/** Outside the square (4.03..4.07), about 2.8 km from Akwa: inside the 3 km circle only. */
const bonanjo = { address: 'Bonanjo, Douala', latitude: 4.075, longitude: 9.7 };
const yaounde = { address: 'Bastos, Yaoundé', latitude: 3.89, longitude: 11.51 };

const circle = (over: Partial<DeliveryZoneChanged> = {}): DeliveryZoneChanged => ({
  zone_id: circleId, restaurant_id: restaurantId, name: 'Akwa 3 km', kind: 'radius', center_lat: 4.05, center_lng: 9.7, radius_km: 3,
  polygon: null, delivery_fee: 1000, minimum_order: 0, estimated_minutes: 30, is_active: true, deleted: false, ...over,
});
const square = (over: Partial<DeliveryZoneChanged> = {}): DeliveryZoneChanged => ({
  zone_id: squareId, restaurant_id: restaurantId, name: 'Akwa square', kind: 'polygon', center_lat: null, center_lng: null, radius_km: null,
  polygon: akwaSquare, delivery_fee: 500, minimum_order: 3000, estimated_minutes: 40, is_active: true, deleted: false, ...over,
});

describe('delivery zones in ordering (PostgreSQL)', () => {
  let bed: FeatureTestingModule;
  let dataSource: DataSource;
  let copyZone: CopyDeliveryZoneService;
  let placeOrder: PlaceOrderService;

  const place = (body: Record<string, unknown>) => placeOrder.place(customer, validData(PlaceOrderRequest, body));
  const deliver = (address: object, quantity = 2, restaurant_id = restaurantId, menu_item_id = ndole) =>
    place({ restaurant_id, items: [{ menu_item_id, quantity }], delivery_type: 'delivery', delivery_address: address, payment_method: 'cash' });

  beforeAll(async () => {
    const config = Object.assign(new OrderingConfig(), { TAX_RATE_BPS: 0, SERVICE_FEE: 0 });
    bed = await orderingServices(config);
    ({ dataSource } = bed);
    copyZone = bed.get(CopyDeliveryZoneService);
    placeOrder = bed.get(PlaceOrderService);
    const restaurants = bed.get(CopyRestaurantService);
    const menu = bed.get(CopyMenuItemService);
    for (const [id, dish] of [[restaurantId, ndole], [zonelessRestaurantId, elsewhereDish]]) {
      await restaurants.apply({ restaurant_id: id, owner_id: randomUUID(), name: 'Chez Mama', currency: 'XAF' }, new Date());
      await menu.apply(
        { item_id: dish, restaurant_id: id, name: 'Ndolé', price: 1500, currency: 'XAF', is_available: true, category_id: null, deleted: false },
        new Date(),
      );
    }
  });

  afterAll(async () => {
    await bed?.close();
  });

  it('keeps a replica of each zone, idempotently, never letting an older event win', async () => {
    expect(await copyZone.apply(circle({ delivery_fee: 800 }), at('2026-01-01T10:00:00Z'))).toBe(true);
    expect(await copyZone.apply(circle(), at('2026-01-01T10:01:00Z'))).toBe(true);
    expect(await copyZone.apply(circle(), at('2026-01-01T10:01:00Z'))).toBe(true);
    expect(await copyZone.apply(circle({ delivery_fee: 1 }), at('2026-01-01T09:00:00Z'))).toBe(false);
    expect(await copyZone.apply(square(), at('2026-01-01T10:02:00Z'))).toBe(true);
    const rows = await dataSource.query(`SELECT id, kind, delivery_fee, polygon, radius_km FROM delivery_zone_replicas ORDER BY delivery_fee`);
    expect(rows).toEqual([
      { id: squareId, kind: 'polygon', delivery_fee: 500, polygon: akwaSquare, radius_km: null },
      { id: circleId, kind: 'radius', delivery_fee: 1000, polygon: null, radius_km: 3 },
    ]);
  });

  it("charges the fee of the cheapest zone covering the address, under that zone's minimum order", async () => {
    // Akwa: both zones cover it; the square is cheaper (500) but needs 3000.
    expect(await deliver(akwa, 2)).toMatchObject({ subtotal: 3000, delivery_fee: 500, total_amount: 3500 });
    await expect(deliver(akwa, 1)).rejects.toMatchObject({ code: 'BELOW_MINIMUM_ORDER' });
    // Bonanjo: only the circle, without a minimum.
    expect(await deliver(bonanjo, 1)).toMatchObject({ subtotal: 1500, delivery_fee: 1000, total_amount: 2500 });
  });

  it('refuses delivery outside every zone and at a restaurant without zones; pickup is unaffected', async () => {
    await expect(deliver(yaounde)).rejects.toMatchObject({ code: 'OUT_OF_DELIVERY_ZONE' });
    await expect(deliver(akwa, 2, zonelessRestaurantId, elsewhereDish)).rejects.toMatchObject({ code: 'OUT_OF_DELIVERY_ZONE' });
    const pickup = await place({ restaurant_id: zonelessRestaurantId, items: [{ menu_item_id: elsewhereDish, quantity: 1 }], delivery_type: 'pickup', payment_method: 'cash' });
    expect(pickup).toMatchObject({ delivery_fee: 0, total_amount: 1500 });
    expect(Number((await dataSource.query(`SELECT count(*) AS n FROM orders WHERE restaurant_id = $1`, [zonelessRestaurantId]))[0].n)).toBe(1);
  });

  it('stops serving from a deactivated or deleted zone, and a late older event does not revive it', async () => {
    await copyZone.apply(square({ is_active: false }), at('2026-01-01T11:00:00Z'));
    expect(await deliver(akwa, 1)).toMatchObject({ delivery_fee: 1000 });
    await copyZone.apply(circle({ deleted: true }), at('2026-01-01T11:00:00Z'));
    await expect(deliver(akwa, 2)).rejects.toMatchObject({ code: 'OUT_OF_DELIVERY_ZONE' });
    expect(await copyZone.apply(circle(), at('2026-01-01T10:30:00Z'))).toBe(false);
    await expect(deliver(bonanjo, 2)).rejects.toMatchObject({ code: 'OUT_OF_DELIVERY_ZONE' });
  });
});
