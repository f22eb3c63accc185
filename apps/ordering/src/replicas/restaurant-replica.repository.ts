import { Injectable } from '@nestjs/common';
import type { QueryDeepPartialEntity } from 'typeorm';
import { TransactionHost, updateIfNewer, upsertIfNewer } from '@platter/persistence';
import { RestaurantReplica } from './restaurant-replica.entity';

type Row = QueryDeepPartialEntity<RestaurantReplica>;

/**
 * Ordering's copies of the restaurants, kept by catalog's events: an older event never overwrites
 * a newer one (status and profile each by their own clock). Runs in the caller's transaction.
 */
@Injectable()
export class RestaurantReplicaRepository {
  constructor(private readonly tx: TransactionHost) {}

  find(id: string): Promise<RestaurantReplica | null> {
    return this.tx.repository(RestaurantReplica).findOneBy({ id });
  }

  /** The copy when the restaurant is approved (taking orders as far as catalog says); null otherwise. */
  findApproved(id: string): Promise<RestaurantReplica | null> {
    return this.tx.repository(RestaurantReplica).findOneBy({ id, status: 'approved' });
  }

  /** At most `limit` of the restaurants `ownerId` owns. */
  ownedBy(ownerId: string, limit: number): Promise<RestaurantReplica[]> {
    return this.tx.repository(RestaurantReplica).find({ where: { owner_id: ownerId }, take: limit });
  }

  /** Creates or overwrites the copy (source_occurred_at set); false when the copy is newer. */
  copy(row: Row & Pick<RestaurantReplica, 'id' | 'source_occurred_at'>): Promise<boolean> {
    return upsertIfNewer(this.tx.manager, RestaurantReplica, row, { key: ['id'] });
  }

  /** The status of an existing copy; false when there is none or it is newer. */
  trackStatus(id: string, status: RestaurantReplica['status'], occurredAt: Date): Promise<boolean> {
    return updateIfNewer(this.tx.manager, RestaurantReplica, { id }, { status, source_occurred_at: occurredAt });
  }

  /** The profile of an existing copy (profile_occurred_at set); false when there is none or its profile is newer. */
  trackProfile(id: string, profile: Row & Pick<RestaurantReplica, 'profile_occurred_at'>): Promise<boolean> {
    return updateIfNewer(this.tx.manager, RestaurantReplica, { id }, profile, { clock: 'profile_occurred_at' });
  }
}
