import { Injectable } from '@nestjs/common';
import { RestaurantConfigChanged } from '@platter/contracts';
import { TransactionHost, upsertIfNewer } from '@platter/persistence';
import { RestaurantConfigReplica } from '../../restaurant-config-replica.entity';

/**
 * Keeps ordering's copy of one restaurant setting (restaurant.config-changed); every key is kept,
 * whoever reads it. False when an event older than the copy arrives late.
 */
@Injectable()
export class CopyRestaurantConfigService {
  constructor(private readonly tx: TransactionHost) {}

  async apply(event: RestaurantConfigChanged, occurredAt: Date): Promise<boolean> {
    return this.tx.run((manager) =>
      upsertIfNewer(
        manager,
        RestaurantConfigReplica,
        { restaurant_id: event.restaurant_id, key: event.key, value: event.value ?? null, source_occurred_at: occurredAt },
        { key: ['restaurant_id', 'key'] },
      ),
    );
  }
}
