// Delivery zones against a real PostgreSQL: the SQL function zone_covers against the TypeScript
// zoneCovers on one table of cases, and the zone commands and the delivery quote driven directly.
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor, CreateDeliveryZoneRequest, CreateRestaurantRequest, DeliveryZoneView, LngLat, UpdateDeliveryZoneRequest, zoneCovers } from '@platter/contracts';
import { validData } from '@platter/service-kit';
import { ThrowawaySchema, ZONE_COVERAGE_CASES, createThrowawaySchema } from '@platter/testing';
import { CATALOG_DATABASE, CatalogServices, catalogServices } from '../testing/catalog-services';
import { CreateZoneService } from './commands/create-zone/create-zone.service';
import { DeleteZoneService } from './commands/delete-zone/delete-zone.service';
import { UpdateZoneService } from './commands/update-zone/update-zone.service';
import { GetDeliveryQuoteRpc } from './queries/get-delivery-quote/get-delivery-quote.rpc';
import { ListMyZonesRpc } from './queries/list-my-zones/list-my-zones.rpc';

const owner: Actor = { user_id: randomUUID(), role: 'restaurant_owner' };
const ownerWithoutCoordinates: Actor = { user_id: randomUUID(), role: 'restaurant_owner' };
/** Around Akwa, Douala (the restaurant's coordinates). */
const akwaSquare: LngLat[] = [[9.68, 4.03], [9.72, 4.03], [9.72, 4.07], [9.68, 4.07]];

describe('delivery zones (PostgreSQL)', () => {
  let db: ThrowawaySchema;
  let dataSource: DataSource;
  let catalog: CatalogServices;
  let createZone: CreateZoneService;
  let updateZone: UpdateZoneService;
  let deleteZone: DeleteZoneService;
  let quote: GetDeliveryQuoteRpc;
  let restaurantId: string;
  let manager: Actor;
  let staff: Actor;

  const outbox = async () =>
    (await dataSource.query(`SELECT envelope->'payload' AS payload FROM outbox WHERE routing_key = 'delivery-zone.changed' ORDER BY seq`)).map(
      (r: { payload: object }) => r.payload,
    );
  const create = (actor: Actor, data: object) => createZone.create(actor, validData(CreateDeliveryZoneRequest, data));
  const quoteAt = (lat: number, lng: number) => quote.handle({ actor: null, data: { id: restaurantId, lat, lng } });

  beforeAll(async () => {
    db = await createThrowawaySchema('catalog', CATALOG_DATABASE);
    ({ dataSource } = db);
    catalog = await catalogServices(db);
    ({ createZone, updateZone, deleteZone } = catalog);
    quote = catalog.get(GetDeliveryQuoteRpc);
    const restaurants = catalog.createRestaurant;
    const restaurant = await restaurants.create(
      owner,
      validData(CreateRestaurantRequest, { name: 'Zones Chez Mama', address: 'Akwa, Douala', latitude: 4.05, longitude: 9.7 }),
    );
    await restaurants.create(ownerWithoutCoordinates, validData(CreateRestaurantRequest, { name: 'Zones Nowhere', address: 'Somewhere' }));
    restaurantId = restaurant.id;
    await dataSource.query(`UPDATE restaurants SET status = 'approved' WHERE id = $1`, [restaurantId]);
    manager = { user_id: randomUUID(), role: 'restaurant_staff', restaurant_id: restaurantId, restaurant_role: 'manager' };
    staff = { user_id: randomUUID(), role: 'restaurant_staff', restaurant_id: restaurantId, restaurant_role: 'staff' };
  });

  afterAll(async () => {
    await catalog?.close();
    await db?.drop();
  });

  it.each(ZONE_COVERAGE_CASES)('zone_covers and zoneCovers agree: $name', async ({ zone, lat, lng, covered }) => {
    const [row]: Array<{ covered: boolean }> = await dataSource.query(
      `SELECT zone_covers(jsonb_populate_record(NULL::delivery_zones, $1::jsonb), $2, $3) AS covered`,
      [JSON.stringify(zone), lat, lng],
    );
    expect({ sql: row.covered, ts: zoneCovers(zone, lat, lng) }).toEqual({ sql: covered, ts: covered });
  });

  it('creates a radius zone centred on the restaurant and a polygon zone, publishing each', async () => {
    const circle = await create(owner, { name: 'Akwa 3 km', radius_km: 3, delivery_fee: 1000, minimum_order: 2000, estimated_minutes: 30 });
    expect(circle).toMatchObject({ kind: 'radius', center_lat: 4.05, center_lng: 9.7, radius_km: 3, polygon: null, is_active: true });
    const square = await create(manager, { name: 'Akwa square', polygon: akwaSquare, delivery_fee: 500, estimated_minutes: 40 });
    expect(square).toMatchObject({ kind: 'polygon', polygon: akwaSquare, minimum_order: 0, center_lat: null, radius_km: null });
    expect(await outbox()).toEqual([
      expect.objectContaining({ zone_id: circle.id, restaurant_id: restaurantId, kind: 'radius', radius_km: 3, deleted: false }),
      expect.objectContaining({ zone_id: square.id, kind: 'polygon', polygon: akwaSquare, delivery_fee: 500, deleted: false }),
    ]);
  });

  it('refuses staff, a radius without restaurant coordinates, both or neither shape, and bad polygons', async () => {
    const base = { name: 'X', delivery_fee: 1, estimated_minutes: 10 };
    await expect(create(staff, { ...base, radius_km: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(create(ownerWithoutCoordinates, { ...base, radius_km: 1 })).rejects.toMatchObject({ code: 'RESTAURANT_COORDINATES_REQUIRED' });
    await expect(create(owner, { ...base, radius_km: 1, polygon: akwaSquare })).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
    await expect(create(owner, base)).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
    for (const polygon of [[[0, 0], [1, 1]], [[0, 0], [1, 1], [1, 0], [0, 1]], [[0, 0], [1, 0], [1, 95]], [[0, 0], [1, 0], ['1', 1]]]) {
      await expect(create(owner, { ...base, polygon })).rejects.toMatchObject({ code: 'VALIDATION_ERROR', details: [{ field: 'polygon' }] });
    }
  });

  it('quotes the cheapest covering zone: the square where both cover, the circle outside the square, 422 outside both', async () => {
    expect(await quoteAt(4.05, 9.7)).toMatchObject({ name: 'Akwa square', delivery_fee: 500, minimum_order: 0, estimated_minutes: 40, currency: 'XAF' });
    // 0.025° north of Akwa: outside the square (4.03..4.07), inside the 3 km circle (~2.8 km).
    expect(await quoteAt(4.075, 9.7)).toMatchObject({ name: 'Akwa 3 km', delivery_fee: 1000, minimum_order: 2000 });
    await expect(quoteAt(4.2, 9.7)).rejects.toMatchObject({ code: 'OUT_OF_DELIVERY_ZONE' });
  });

  it('breaks a fee tie by the shorter time, then the name', async () => {
    const quick = await create(owner, { name: 'Quick', polygon: akwaSquare, delivery_fee: 500, estimated_minutes: 20 });
    expect(await quoteAt(4.05, 9.7)).toMatchObject({ zone_id: quick.id });
    const alpha = await create(owner, { name: 'Alpha', polygon: akwaSquare, delivery_fee: 500, estimated_minutes: 20 });
    expect(await quoteAt(4.05, 9.7)).toMatchObject({ zone_id: alpha.id });
    await deleteZone.delete(owner, quick.id);
    await deleteZone.delete(owner, alpha.id);
  });

  it('updates a zone (a deactivated one no longer quotes) and deletes one, publishing deleted=true', async () => {
    const zones: DeliveryZoneView[] = await catalog.get(ListMyZonesRpc).handle({ actor: staff, data: {} });
    const square = zones.find((z) => z.name === 'Akwa square')!;
    const updated = await updateZone.update(manager, validData(UpdateDeliveryZoneRequest, { id: square.id, is_active: false, delivery_fee: 450 }));
    expect(updated).toMatchObject({ is_active: false, delivery_fee: 450, polygon: akwaSquare });
    expect(await quoteAt(4.05, 9.7)).toMatchObject({ name: 'Akwa 3 km' });
    const reshaped = await updateZone.update(owner, validData(UpdateDeliveryZoneRequest, { id: square.id, radius_km: 1, is_active: true }));
    expect(reshaped).toMatchObject({ kind: 'radius', radius_km: 1, center_lat: 4.05, polygon: null });
    await expect(updateZone.update(staff, validData(UpdateDeliveryZoneRequest, { id: square.id, name: 'Nope' }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await deleteZone.delete(owner, square.id);
    await expect(deleteZone.delete(owner, square.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await outbox()).at(-1)).toMatchObject({ zone_id: square.id, deleted: true });
  });

  it('lets browse filter restaurants by a point with zone_covers', async () => {
    const delivering = `SELECT r.id FROM restaurants r WHERE EXISTS (
      SELECT 1 FROM delivery_zones z WHERE z.restaurant_id = r.id AND z.is_active AND zone_covers(z, $1, $2))`;
    expect(await dataSource.query(delivering, [4.075, 9.7])).toEqual([{ id: restaurantId }]);
    expect(await dataSource.query(delivering, [4.2, 9.7])).toEqual([]);
  });
});
