import { Injectable } from '@nestjs/common';
import { DeepPartial } from 'typeorm';
import { TransactionHost } from '@platter/persistence';
import { DeliveryZone } from './delivery-zone.entity';

/** What a delivery quote needs of the zone it is priced by. */
export interface QuotedZoneRow {
  id: string;
  name: string;
  delivery_fee: number;
  minimum_order: number;
  estimated_minutes: number;
}

/**
 * The delivery_zones table, in the caller's transaction (TransactionHost). Edits lock the zone, so
 * concurrent edits publish their events in commit order (replicas keep the newest).
 */
@Injectable()
export class DeliveryZoneRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** A new zone entity, not yet inserted. */
  create(fields: DeepPartial<DeliveryZone>): DeliveryZone {
    return this.tx.repository(DeliveryZone).create(fields);
  }

  async insert(zone: DeliveryZone): Promise<void> {
    await this.tx.repository(DeliveryZone).insert(zone);
  }

  /** Writes the zone's changed columns (and stamps updated_at). */
  async save(zone: DeliveryZone): Promise<void> {
    await this.tx.repository(DeliveryZone).save(zone);
  }

  async delete(id: string): Promise<void> {
    await this.tx.repository(DeliveryZone).delete({ id });
  }

  get(id: string): Promise<DeliveryZone> {
    return this.tx.repository(DeliveryZone).findOneByOrFail({ id });
  }

  /** The restaurant's zone, locked for the rest of the transaction; null when it has no such zone. */
  lockOfRestaurant(restaurantId: string, zoneId: string): Promise<DeliveryZone | null> {
    return this.tx.repository(DeliveryZone).findOne({ where: { id: zoneId, restaurant_id: restaurantId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The restaurant's radius zones, locked. */
  lockRadiusZonesOf(restaurantId: string): Promise<DeliveryZone[]> {
    return this.tx.repository(DeliveryZone).find({ where: { restaurant_id: restaurantId, kind: 'radius' }, lock: { mode: 'pessimistic_write' } });
  }

  /** Every zone of the restaurant, inactive ones included, oldest first. */
  allOf(restaurantId: string): Promise<DeliveryZone[]> {
    return this.tx.repository(DeliveryZone).find({ where: { restaurant_id: restaurantId }, order: { created_at: 'ASC', id: 'ASC' } });
  }

  /**
   * The cheapest active zone of the restaurant covering the point (ties: shortest time, then name
   * byte by byte, then id: the order of compareZonesForQuote); null when none covers it.
   */
  async cheapestCovering(restaurantId: string, lat: number, lng: number): Promise<QuotedZoneRow | null> {
    const zone = await this.tx.manager
      .createQueryBuilder(DeliveryZone, 'z')
      .select('z.id', 'id')
      .addSelect('z.name', 'name')
      .addSelect('z.delivery_fee', 'delivery_fee')
      .addSelect('z.minimum_order', 'minimum_order')
      .addSelect('z.estimated_minutes', 'estimated_minutes')
      .where('z.restaurant_id = :restaurantId', { restaurantId })
      .andWhere('z.is_active')
      .andWhere('zone_covers(z, :lat, :lng)', { lat, lng })
      .orderBy('z.delivery_fee')
      .addOrderBy('z.estimated_minutes')
      .addOrderBy('z.name COLLATE "C"')
      .addOrderBy('z.id')
      .limit(1)
      .getRawOne<QuotedZoneRow>();
    return zone ?? null;
  }
}
