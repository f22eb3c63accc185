// Ordering's menu copy against a real PostgreSQL: variants, modifier groups and schedule from
// menu.item-changed, older events ignored, events without those fields keeping them.
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MenuItemChanged } from '@platter/contracts';
import { FeatureTestingModule } from '@platter/testing';
import { orderingServices } from '../testing/ordering-services';
import { CopyMenuItemService } from './commands/copy-menu-item/copy-menu-item.service';
import { MenuItemReplica } from './menu-item-replica.entity';

describe("ordering's menu item copy (PostgreSQL)", () => {
  let db: FeatureTestingModule;
  let dataSource: DataSource;
  let copy: CopyMenuItemService;
  const itemId = randomUUID();
  const base: MenuItemChanged = {
    item_id: itemId, restaurant_id: randomUUID(), name: 'Ndolé', price: 3500, currency: 'XAF', is_available: true, category_id: null, deleted: false,
  };
  const variants = [{ id: randomUUID(), name: 'Petit', price: 2500 }, { id: randomUUID(), name: 'Grand', price: 4500 }];
  const modifierGroups = [{
    id: randomUUID(), name: 'Accompagnement', min_choices: 1, max_choices: 1,
    options: [{ id: randomUUID(), name: 'Plantain', price_delta: 0, is_available: true }],
  }];
  const schedule = [{ days: ['mon'], from: '06:00', to: '11:00' }];
  const replica = () => dataSource.getRepository(MenuItemReplica).findOneByOrFail({ id: itemId });

  beforeAll(async () => {
    db = await orderingServices();
    dataSource = db.dataSource;
    copy = db.get(CopyMenuItemService);
  });

  afterAll(async () => {
    await db?.close();
  });

  it('stores the variants, modifier groups and schedule an event carries', async () => {
    expect(await copy.apply({ ...base, variants, modifier_groups: modifierGroups, availability_schedule: schedule }, new Date('2026-11-20T10:00:00Z'))).toBe(true);
    expect(await replica()).toMatchObject({ price: 3500, variants, modifier_groups: modifierGroups, availability_schedule: schedule });
  });

  it('ignores an older event', async () => {
    expect(await copy.apply({ ...base, price: 1, variants: [] }, new Date('2026-11-20T09:00:00Z'))).toBe(false);
    expect(await replica()).toMatchObject({ price: 3500, variants });
  });

  it('keeps the details when an event leaves them out, and takes them when it clears them', async () => {
    expect(await copy.apply({ ...base, is_available: false }, new Date('2026-11-20T11:00:00Z'))).toBe(true);
    expect(await replica()).toMatchObject({ is_available: false, variants, modifier_groups: modifierGroups, availability_schedule: schedule });
    await copy.apply({ ...base, deleted: true, variants: [], modifier_groups: [], availability_schedule: null }, new Date('2026-11-20T12:00:00Z'));
    expect(await replica()).toMatchObject({ deleted: true, variants: [], modifier_groups: [], availability_schedule: null });
  });
});
