import { Injectable } from '@nestjs/common';
import { TransactionHost, upsertIfNewer } from '@platter/persistence';
import { DeliveryZoneReplica } from './delivery-zone-replica.entity';

/** Ordering's copies of the delivery zones, kept by delivery-zone.changed. Runs in the caller's transaction. */
@Injectable()
export class DeliveryZoneReplicaRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Creates or overwrites the copy; false when the copy is newer. */
  copy(row: Omit<DeliveryZoneReplica, 'updated_at'>): Promise<boolean> {
    return upsertIfNewer(this.tx.manager, DeliveryZoneReplica, row, { key: ['id'] });
  }

  /** The restaurant's zones that serve deliveries now (active, not deleted). */
  activeOf(restaurantId: string): Promise<DeliveryZoneReplica[]> {
    return this.tx.repository(DeliveryZoneReplica).findBy({ restaurant_id: restaurantId, is_active: true, deleted: false });
  }
}
