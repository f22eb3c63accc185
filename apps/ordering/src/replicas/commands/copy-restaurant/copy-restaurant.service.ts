import { Injectable } from '@nestjs/common';
import { RestaurantApproved } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { rateBps } from '../../commission-rate';
import { jsonOrNull } from '../../json-or-null';

/** Keeps ordering's copy of an approved restaurant; returns false when the event was older than the copy. */
@Injectable()
export class CopyRestaurantService {
  constructor(private readonly tx: TransactionHost) {}

  async apply(event: RestaurantApproved, occurredAt: Date): Promise<boolean> {
    return this.tx.run(async (manager) => {
      const rows: unknown[] = await manager.query(
        `INSERT INTO restaurant_replicas (id, owner_id, name, currency, status, source_occurred_at, timezone, commission_rate_bps, opening_hours, hours_exceptions)
         VALUES ($1, $2, $3, $4, 'approved', $5, COALESCE($6, 'Africa/Douala'), COALESCE($7, 1500), $8, COALESCE($9, '[]'::jsonb))
         ON CONFLICT (id) DO UPDATE SET
           owner_id = EXCLUDED.owner_id, name = EXCLUDED.name, currency = EXCLUDED.currency,
           status = EXCLUDED.status, source_occurred_at = EXCLUDED.source_occurred_at, updated_at = now(),
           timezone = COALESCE($6, restaurant_replicas.timezone),
           commission_rate_bps = COALESCE($7, restaurant_replicas.commission_rate_bps),
           opening_hours = COALESCE($8, restaurant_replicas.opening_hours),
           hours_exceptions = COALESCE($9, restaurant_replicas.hours_exceptions)
         WHERE restaurant_replicas.source_occurred_at <= EXCLUDED.source_occurred_at
         RETURNING id`,
        [event.restaurant_id, event.owner_id, event.name, event.currency, occurredAt, event.timezone ?? null, rateBps(event.commission_rate),
          jsonOrNull(event.opening_hours), jsonOrNull(event.hours_exceptions)],
      );
      return rows.length === 1;
    });
  }
}
