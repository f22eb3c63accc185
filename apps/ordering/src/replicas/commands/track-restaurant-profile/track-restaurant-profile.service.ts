import { Injectable } from '@nestjs/common';
import { RestaurantUpdated } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { rateBps } from '../../commission-rate';
import { jsonOrNull } from '../../json-or-null';

/**
 * Keeps the replica's name, currency, time zone, commission rate and hours as catalog last announced them. A restaurant
 * never approved has no replica and needs none. False when nothing changed (no replica, or an
 * older event than the replica reflects).
 */
@Injectable()
export class TrackRestaurantProfileService {
  constructor(private readonly tx: TransactionHost) {}

  async apply(event: RestaurantUpdated, occurredAt: Date): Promise<boolean> {
    return this.tx.run(async (manager) => {
      // Wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count] instead of rows.
      const rows: unknown[] = await manager.query(
        `WITH updated AS (
           UPDATE restaurant_replicas
              SET name = $2, currency = $3, timezone = COALESCE($4, timezone), profile_occurred_at = $5, updated_at = now(),
                  commission_rate_bps = COALESCE($6, commission_rate_bps),
                  opening_hours = COALESCE($7, opening_hours), hours_exceptions = COALESCE($8, hours_exceptions)
            WHERE id = $1 AND (profile_occurred_at IS NULL OR profile_occurred_at <= $5)
           RETURNING id)
         SELECT id FROM updated`,
        [event.restaurant_id, event.name, event.currency, event.timezone ?? null, occurredAt, rateBps(event.commission_rate),
          jsonOrNull(event.opening_hours), jsonOrNull(event.hours_exceptions)],
      );
      return rows.length === 1;
    });
  }
}
