// Ordering's restaurant copy following catalog's profile changes, against a real PostgreSQL.
import { randomUUID } from 'node:crypto';
import { FeatureTestingModule } from '@platter/testing';
import { orderingServices } from '../../../testing/ordering-services';
import { RestaurantReplica } from '../../restaurant-replica.entity';
import { CopyRestaurantService } from '../copy-restaurant/copy-restaurant.service';
import { TrackRestaurantStatusService } from '../track-restaurant-status/track-restaurant-status.service';
import { TrackRestaurantProfileService } from './track-restaurant-profile.service';

const at = (iso: string) => new Date(iso);

describe('restaurant replica profile (PostgreSQL)', () => {
  let db: FeatureTestingModule;
  let copyRestaurant: CopyRestaurantService;
  let trackStatus: TrackRestaurantStatusService;
  let trackProfile: TrackRestaurantProfileService;

  beforeAll(async () => {
    db = await orderingServices();
    copyRestaurant = db.get(CopyRestaurantService);
    trackStatus = db.get(TrackRestaurantStatusService);
    trackProfile = db.get(TrackRestaurantProfileService);
  });

  afterAll(async () => {
    await db?.close();
  });

  const replica = (id: string) => db.tx.repository(RestaurantReplica).findOneByOrFail({ id });
  const updated = (id: string, name: string, timezone?: string) => ({
    restaurant_id: id, name, slug: 'chez-mama', currency: 'XAF', commission_rate: 0.15, ...(timezone ? { timezone } : {}),
  });

  it('takes the newest name and time zone, on a clock of its own beside the status', async () => {
    const id = randomUUID();
    const owner_id = randomUUID();
    await copyRestaurant.apply({ restaurant_id: id, owner_id, name: 'Chez Mama', currency: 'XAF' }, at('2026-01-01T10:00:00Z'));
    expect(await replica(id)).toMatchObject({ name: 'Chez Mama', timezone: 'Africa/Douala' });
    // A suspension stamped later than the rename must not stop the rename from landing.
    await trackStatus.apply({ restaurant_id: id, owner_id, status: 'suspended', reason: 'Hygiene' }, at('2026-01-03T10:00:00Z'));
    expect(await trackProfile.apply(updated(id, 'Chez Mama Awa', 'Africa/Cairo'), at('2026-01-02T10:00:00Z'))).toBe(true);
    expect(await replica(id)).toMatchObject({ name: 'Chez Mama Awa', timezone: 'Africa/Cairo', status: 'suspended' });
    // An older rename arriving late changes nothing; an event without a time zone keeps the one known.
    expect(await trackProfile.apply(updated(id, 'Old name'), at('2026-01-01T12:00:00Z'))).toBe(false);
    expect(await trackProfile.apply(updated(id, 'Mama Awa'), at('2026-01-04T10:00:00Z'))).toBe(true);
    expect(await replica(id)).toMatchObject({ name: 'Mama Awa', timezone: 'Africa/Cairo' });
  });

  it('takes the time zone from the approval itself, before any profile edit', async () => {
    const id = randomUUID();
    await copyRestaurant.apply({ restaurant_id: id, owner_id: randomUUID(), name: 'Koshari House', currency: 'EGP', timezone: 'Africa/Cairo' }, at('2026-01-01T10:00:00Z'));
    expect(await replica(id)).toMatchObject({ timezone: 'Africa/Cairo' });
  });

  it('keeps the commission rate in basis points, from the approval and then from profile events', async () => {
    const id = randomUUID();
    await copyRestaurant.apply({ restaurant_id: id, owner_id: randomUUID(), name: 'Premium', currency: 'XAF', commission_rate: 0.12 }, at('2026-01-01T10:00:00Z'));
    expect(await replica(id)).toMatchObject({ commission_rate_bps: 1200 });
    await trackProfile.apply({ ...updated(id, 'Premium'), commission_rate: 0.08 }, at('2026-01-02T10:00:00Z'));
    expect(await replica(id)).toMatchObject({ commission_rate_bps: 800 });
    // An approval event from an older producer (no rate) keeps the one known.
    await copyRestaurant.apply({ restaurant_id: id, owner_id: randomUUID(), name: 'Premium', currency: 'XAF' }, at('2026-01-03T10:00:00Z'));
    expect(await replica(id)).toMatchObject({ commission_rate_bps: 800 });
    const older = randomUUID();
    await copyRestaurant.apply({ restaurant_id: older, owner_id: randomUUID(), name: 'Old', currency: 'XAF' }, at('2026-01-01T10:00:00Z'));
    expect(await replica(older)).toMatchObject({ commission_rate_bps: 1500 });
  });

  it('ignores a restaurant it never saw approved', async () => {
    expect(await trackProfile.apply(updated(randomUUID(), 'Nobody'), at('2026-01-01T10:00:00Z'))).toBe(false);
  });

  it('keeps the opening hours from the approval and from profile events; an event without hours keeps the known ones', async () => {
    const id = randomUUID();
    await copyRestaurant.apply({ restaurant_id: id, owner_id: randomUUID(), name: 'Old copy', currency: 'XAF' }, at('2026-01-01T09:00:00Z'));
    // A copy made from an event without hours (an older producer) does not enforce any.
    expect(await replica(id)).toMatchObject({ opening_hours: null, hours_exceptions: [] });
    const weekdays = { mon: [['08:00', '22:00']], tue: [['08:00', '22:00']] } as const;
    await copyRestaurant.apply(
      { restaurant_id: id, owner_id: randomUUID(), name: 'Chez Hours', currency: 'XAF', opening_hours: weekdays as never, hours_exceptions: [] },
      at('2026-01-01T10:00:00Z'),
    );
    expect(await replica(id)).toMatchObject({ opening_hours: weekdays, hours_exceptions: [] });
    const closedForChristmas = [{ date: '2026-12-25', hours: [] }];
    expect(await trackProfile.apply({ ...updated(id, 'Chez Hours'), hours_exceptions: closedForChristmas }, at('2026-01-02T10:00:00Z'))).toBe(true);
    expect(await replica(id)).toMatchObject({ opening_hours: weekdays, hours_exceptions: closedForChristmas });
  });
});
