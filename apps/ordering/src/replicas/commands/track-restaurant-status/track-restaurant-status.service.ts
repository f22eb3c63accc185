import { Injectable } from '@nestjs/common';
import { RestaurantStatusChanged } from '@platter/contracts';
import { TransactionHost, updateIfNewer } from '@platter/persistence';
import { RestaurantReplica } from '../../restaurant-replica.entity';

/**
 * Keeps the replica's status in step with catalog's (suspended, re-approved...), so orders stop
 * at once at a restaurant that is no longer approved. A restaurant never approved has no replica
 * and needs none: restaurant.approved creates it. Returns false when nothing changed (no replica,
 * or the event is older than what the replica reflects).
 */
@Injectable()
export class TrackRestaurantStatusService {
  constructor(private readonly tx: TransactionHost) {}

  async apply(event: RestaurantStatusChanged, occurredAt: Date): Promise<boolean> {
    return this.tx.run((manager) =>
      updateIfNewer(manager, RestaurantReplica, { id: event.restaurant_id }, { status: event.status, source_occurred_at: occurredAt }),
    );
  }
}
