import { Injectable } from '@nestjs/common';
import { RestaurantStatusChanged } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';

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
    return this.tx.run(async (manager) => {
      // Wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count] instead of rows.
      const rows: unknown[] = await manager.query(
        `WITH updated AS (
           UPDATE restaurant_replicas SET status = $2, source_occurred_at = $3, updated_at = now()
           WHERE id = $1 AND source_occurred_at <= $3
           RETURNING id)
         SELECT id FROM updated`,
        [event.restaurant_id, event.status, occurredAt],
      );
      return rows.length === 1;
    });
  }
}
