import { Injectable } from '@nestjs/common';
import { RestaurantStatusChanged } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { RestaurantReplicaRepository } from '../../restaurant-replica.repository';

/**
 * Keeps the replica's status in step with catalog's (suspended, re-approved...), so orders stop
 * at once at a restaurant that is no longer approved. A restaurant never approved has no replica
 * and needs none: restaurant.approved creates it. Returns false when nothing changed (no replica,
 * or the event is older than what the replica reflects).
 */
@Injectable()
export class TrackRestaurantStatusService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly restaurants: RestaurantReplicaRepository,
  ) {}

  async apply(event: RestaurantStatusChanged, occurredAt: Date): Promise<boolean> {
    return this.tx.run(() => this.restaurants.trackStatus(event.restaurant_id, event.status, occurredAt));
  }
}
