import { Injectable } from '@nestjs/common';
import { TransactionHost, upsertIfNewer } from '@platter/persistence';
import { RestaurantConfigReplica } from './restaurant-config-replica.entity';

/** Ordering's copies of the restaurants' settings, one row per key. Runs in the caller's transaction. */
@Injectable()
export class RestaurantConfigReplicaRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Creates or overwrites one setting; false when the copy is newer. */
  copy(row: Omit<RestaurantConfigReplica, 'updated_at'>): Promise<boolean> {
    return upsertIfNewer(this.tx.manager, RestaurantConfigReplica, row, { key: ['restaurant_id', 'key'] });
  }

  settingsOf(restaurantId: string): Promise<RestaurantConfigReplica[]> {
    return this.tx.repository(RestaurantConfigReplica).findBy({ restaurant_id: restaurantId });
  }
}
