import { Injectable } from '@nestjs/common';
import { RestaurantConfigChanged } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';

/**
 * Keeps ordering's copy of one restaurant setting (restaurant.config-changed); every key is kept,
 * whoever reads it. False when an event older than the copy arrives late.
 */
@Injectable()
export class CopyRestaurantConfigService {
  constructor(private readonly tx: TransactionHost) {}

  async apply(event: RestaurantConfigChanged, occurredAt: Date): Promise<boolean> {
    return this.tx.run(async (manager) => {
      const rows: unknown[] = await manager.query(
        `INSERT INTO restaurant_config_replicas (restaurant_id, key, value, source_occurred_at)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (restaurant_id, key) DO UPDATE SET value = EXCLUDED.value, source_occurred_at = EXCLUDED.source_occurred_at, updated_at = now()
         WHERE restaurant_config_replicas.source_occurred_at <= EXCLUDED.source_occurred_at
         RETURNING key`,
        [event.restaurant_id, event.key, event.value ?? null, occurredAt],
      );
      return rows.length === 1;
    });
  }
}
