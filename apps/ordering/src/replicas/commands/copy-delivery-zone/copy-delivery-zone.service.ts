import { Injectable } from '@nestjs/common';
import { DeliveryZoneChanged } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { DeliveryZoneReplicaRepository } from '../../delivery-zone-replica.repository';

/** Keeps ordering's copy of a delivery zone; returns false when the event was older than the copy. */
@Injectable()
export class CopyDeliveryZoneService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly zones: DeliveryZoneReplicaRepository,
  ) {}

  async apply(event: DeliveryZoneChanged, occurredAt: Date): Promise<boolean> {
    return this.tx.run(() =>
      this.zones.copy({
        id: event.zone_id,
        restaurant_id: event.restaurant_id,
        name: event.name,
        kind: event.kind,
        center_lat: event.center_lat ?? null,
        center_lng: event.center_lng ?? null,
        radius_km: event.radius_km ?? null,
        polygon: event.polygon ?? null,
        delivery_fee: event.delivery_fee,
        minimum_order: event.minimum_order,
        estimated_minutes: event.estimated_minutes,
        is_active: event.is_active,
        deleted: event.deleted,
        source_occurred_at: occurredAt,
      }),
    );
  }
}
