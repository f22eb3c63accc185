// Ordering's restaurant copy following catalog's status changes, against a real PostgreSQL.
import { randomUUID } from 'node:crypto';
import { FeatureTestingModule } from '@platter/testing';
import { orderingServices } from '../../../testing/ordering-services';
import { RestaurantReplica } from '../../restaurant-replica.entity';
import { CopyRestaurantService } from '../copy-restaurant/copy-restaurant.service';
import { TrackRestaurantStatusService } from './track-restaurant-status.service';

const at = (iso: string) => new Date(iso);

describe('restaurant replica status (PostgreSQL)', () => {
  let db: FeatureTestingModule;
  let copyRestaurant: CopyRestaurantService;
  let trackStatus: TrackRestaurantStatusService;

  beforeAll(async () => {
    db = await orderingServices();
    copyRestaurant = db.get(CopyRestaurantService);
    trackStatus = db.get(TrackRestaurantStatusService);
  });

  afterAll(async () => {
    await db?.close();
  });

  const statusOf = async (id: string) => (await db.tx.repository(RestaurantReplica).findOneBy({ id }))?.status;

  it('follows suspension and reinstatement, never letting an older event win', async () => {
    const id = randomUUID();
    const owner_id = randomUUID();
    await copyRestaurant.apply({ restaurant_id: id, owner_id, name: 'Chez Mama', currency: 'XAF' }, at('2026-01-01T10:00:00Z'));
    expect(await trackStatus.apply({ restaurant_id: id, owner_id, status: 'suspended', reason: 'Hygiene' }, at('2026-01-02T10:00:00Z'))).toBe(true);
    expect(await statusOf(id)).toBe('suspended');
    // The approval arriving late (redelivered) must not reopen a suspended restaurant.
    expect(await copyRestaurant.apply({ restaurant_id: id, owner_id, name: 'Chez Mama', currency: 'XAF' }, at('2026-01-01T10:00:00Z'))).toBe(false);
    expect(await trackStatus.apply({ restaurant_id: id, owner_id, status: 'approved' }, at('2026-01-01T10:00:00Z'))).toBe(false);
    expect(await statusOf(id)).toBe('suspended');
    expect(await trackStatus.apply({ restaurant_id: id, owner_id, status: 'approved' }, at('2026-01-03T10:00:00Z'))).toBe(true);
    expect(await statusOf(id)).toBe('approved');
  });

  it('ignores the status of a restaurant it never saw approved (it takes no orders anyway)', async () => {
    const id = randomUUID();
    expect(await trackStatus.apply({ restaurant_id: id, owner_id: randomUUID(), status: 'rejected', reason: 'No licence' }, at('2026-01-01T10:00:00Z'))).toBe(false);
    expect(await statusOf(id)).toBeUndefined();
  });
});
