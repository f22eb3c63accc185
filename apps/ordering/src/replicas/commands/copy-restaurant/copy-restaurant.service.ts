import { Injectable } from '@nestjs/common';
import { RestaurantApproved } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { rateBps } from '../../commission-rate';
import { RestaurantReplicaRepository } from '../../restaurant-replica.repository';

/**
 * Keeps ordering's copy of an approved restaurant; returns false when the event was older than the
 * copy. Time zone, commission rate and hours the event leaves out keep the copy's (or the defaults).
 */
@Injectable()
export class CopyRestaurantService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly restaurants: RestaurantReplicaRepository,
  ) {}

  async apply(event: RestaurantApproved, occurredAt: Date): Promise<boolean> {
    return this.tx.run(() =>
      this.restaurants.copy({
        id: event.restaurant_id, owner_id: event.owner_id, name: event.name, currency: event.currency, status: 'approved',
        source_occurred_at: occurredAt,
        timezone: event.timezone ?? undefined,
        commission_rate_bps: rateBps(event.commission_rate) ?? undefined,
        opening_hours: event.opening_hours ?? undefined,
        hours_exceptions: event.hours_exceptions ?? undefined,
      }),
    );
  }
}
