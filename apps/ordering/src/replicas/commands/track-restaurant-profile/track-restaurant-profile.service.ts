import { Injectable } from '@nestjs/common';
import { RestaurantUpdated } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { rateBps } from '../../commission-rate';
import { RestaurantReplicaRepository } from '../../restaurant-replica.repository';

/**
 * Keeps the replica's name, currency, time zone, commission rate and hours as catalog last announced them. A restaurant
 * never approved has no replica and needs none. False when nothing changed (no replica, or an
 * older event than the replica reflects). The profile keeps its own clock, apart from the status's.
 */
@Injectable()
export class TrackRestaurantProfileService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly restaurants: RestaurantReplicaRepository,
  ) {}

  async apply(event: RestaurantUpdated, occurredAt: Date): Promise<boolean> {
    return this.tx.run(() =>
      this.restaurants.trackProfile(event.restaurant_id, {
        name: event.name, currency: event.currency, profile_occurred_at: occurredAt,
        timezone: event.timezone ?? undefined,
        commission_rate_bps: rateBps(event.commission_rate) ?? undefined,
        opening_hours: event.opening_hours ?? undefined,
        hours_exceptions: event.hours_exceptions ?? undefined,
      }),
    );
  }
}
