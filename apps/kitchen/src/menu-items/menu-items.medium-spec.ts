// The kitchen's menu copy and its 86 requests, against a real PostgreSQL.
import { randomUUID } from 'node:crypto';
import { Actor } from '@platter/contracts';
import { FeatureTestingModule, rejection } from '@platter/testing';
import { kitchenServices } from '../testing/kitchen-services';
import { CopyMenuItemService } from './commands/copy-menu-item/copy-menu-item.service';
import { SetItemAvailabilityService } from './commands/set-item-availability/set-item-availability.service';
import { ListItemsRpc } from './queries/list-items/list-items.rpc';

describe("kitchen's menu copy and 86 (PostgreSQL)", () => {
  let db: FeatureTestingModule;
  let copy: CopyMenuItemService;
  let setAvailability: SetItemAvailabilityService;
  let listItems: ListItemsRpc;
  const restaurantId = randomUUID();
  const cook: Actor = { user_id: randomUUID(), role: 'restaurant_staff', restaurant_id: restaurantId, restaurant_role: 'staff' };
  const item = { item_id: randomUUID(), restaurant_id: restaurantId, name: 'Ndolé', price: 3500, currency: 'XAF', is_available: true, deleted: false };

  beforeAll(async () => {
    db = await kitchenServices();
    copy = db.get(CopyMenuItemService);
    setAvailability = db.get(SetItemAvailabilityService);
    listItems = db.get(ListItemsRpc);
  });

  afterAll(async () => {
    await db?.close();
  });

  it('copies menu items, the newest event winning, and lists the restaurant the token acts for', async () => {
    expect(await copy.apply(item, new Date('2026-01-02T10:00:00Z'))).toBe(true);
    expect(await copy.apply({ ...item, name: 'Old name' }, new Date('2026-01-01T10:00:00Z'))).toBe(false);
    expect(await copy.apply({ ...item, item_id: randomUUID(), restaurant_id: randomUUID(), name: 'Elsewhere' }, new Date('2026-01-02T10:00:00Z'))).toBe(true);
    expect(await listItems.list({ actor: cook, data: {} })).toEqual([{ id: item.item_id, name: 'Ndolé', is_available: true }]);
  });

  it("asks catalog to 86 an item of its own restaurant only, through the outbox", async () => {
    const asked = await setAvailability.set(cook, item.item_id, false);
    expect(asked).toMatchObject({ id: item.item_id, requested_available: false });
    const outbox = await db.dataSource.query(`SELECT envelope FROM outbox WHERE routing_key = 'item.86ed'`);
    expect(outbox.map((r: { envelope: { payload: unknown } }) => r.envelope.payload)).toEqual([
      { item_id: item.item_id, restaurant_id: restaurantId, available: false, by: cook.user_id },
    ]);
    const stranger: Actor = { ...cook, restaurant_id: randomUUID() };
    expect((await rejection(setAvailability.set(stranger, item.item_id, false))).code).toBe('FORBIDDEN');
    expect((await rejection(setAvailability.set(cook, randomUUID(), false))).code).toBe('NOT_FOUND');
  });
});
