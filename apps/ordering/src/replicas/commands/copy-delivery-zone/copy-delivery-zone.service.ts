import { Injectable } from '@nestjs/common';
import { DeliveryZoneChanged } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';

/** Keeps ordering's copy of a delivery zone; returns false when the event was older than the copy. */
@Injectable()
export class CopyDeliveryZoneService {
  constructor(private readonly tx: TransactionHost) {}

  async apply(event: DeliveryZoneChanged, occurredAt: Date): Promise<boolean> {
    return this.tx.run(async (manager) => {
      const rows: unknown[] = await manager.query(
        `INSERT INTO delivery_zone_replicas (id, restaurant_id, name, kind, center_lat, center_lng, radius_km, polygon,
           delivery_fee, minimum_order, estimated_minutes, is_active, deleted, source_occurred_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12, $13, $14)
         ON CONFLICT (id) DO UPDATE SET
           restaurant_id = EXCLUDED.restaurant_id, name = EXCLUDED.name, kind = EXCLUDED.kind,
           center_lat = EXCLUDED.center_lat, center_lng = EXCLUDED.center_lng, radius_km = EXCLUDED.radius_km,
           polygon = EXCLUDED.polygon, delivery_fee = EXCLUDED.delivery_fee, minimum_order = EXCLUDED.minimum_order,
           estimated_minutes = EXCLUDED.estimated_minutes, is_active = EXCLUDED.is_active, deleted = EXCLUDED.deleted,
           source_occurred_at = EXCLUDED.source_occurred_at, updated_at = now()
         WHERE delivery_zone_replicas.source_occurred_at <= EXCLUDED.source_occurred_at
         RETURNING id`,
        [
          event.zone_id,
          event.restaurant_id,
          event.name,
          event.kind,
          event.center_lat ?? null,
          event.center_lng ?? null,
          event.radius_km ?? null,
          event.polygon ? JSON.stringify(event.polygon) : null,
          event.delivery_fee,
          event.minimum_order,
          event.estimated_minutes,
          event.is_active,
          event.deleted,
          occurredAt,
        ],
      );
      return rows.length === 1;
    });
  }
}
