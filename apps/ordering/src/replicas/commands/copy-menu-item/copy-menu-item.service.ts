import { Injectable } from '@nestjs/common';
import { MenuItemChanged } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { MenuItemReplica } from '../../menu-item-replica.entity';
import { MenuItemReplicaRepository } from '../../menu-item-replica.repository';

/**
 * Keeps ordering's copy of a menu item; returns false when the event was older than the copy. An
 * event without variants / modifier groups / schedule (older producers) keeps the copy's.
 */
@Injectable()
export class CopyMenuItemService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly items: MenuItemReplicaRepository,
  ) {}

  async apply(event: MenuItemChanged, occurredAt: Date): Promise<boolean> {
    return this.tx.run(() =>
      this.items.copy({
        id: event.item_id, restaurant_id: event.restaurant_id, name: event.name, price: event.price, currency: event.currency,
        is_available: event.is_available, deleted: event.deleted, source_occurred_at: occurredAt,
        variants: event.variants ?? undefined,
        modifier_groups: event.modifier_groups ?? undefined,
        // null clears the schedule (orderable whenever the restaurant is open); absent keeps it. The
        // event types its days as plain strings; catalog only ever sends weekday names.
        availability_schedule: event.availability_schedule as MenuItemReplica['availability_schedule'] | undefined,
      }),
    );
  }
}
