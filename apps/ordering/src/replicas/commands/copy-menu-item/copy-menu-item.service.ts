import { Injectable } from '@nestjs/common';
import { MenuItemChanged } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';

/**
 * Keeps ordering's copy of a menu item; returns false when the event was older than the copy. An
 * event without variants / modifier groups / schedule (older producers) keeps the copy's.
 */
@Injectable()
export class CopyMenuItemService {
  constructor(private readonly tx: TransactionHost) {}

  async apply(event: MenuItemChanged, occurredAt: Date): Promise<boolean> {
    return this.tx.run(async (manager) => {
      const rows: unknown[] = await manager.query(
        `INSERT INTO menu_item_replicas
           (id, restaurant_id, name, price, currency, is_available, deleted, source_occurred_at, variants, modifier_groups, availability_schedule)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, COALESCE($9::jsonb, '[]'), COALESCE($10::jsonb, '[]'), $11::jsonb)
         ON CONFLICT (id) DO UPDATE SET
           restaurant_id = EXCLUDED.restaurant_id, name = EXCLUDED.name, price = EXCLUDED.price,
           currency = EXCLUDED.currency, is_available = EXCLUDED.is_available, deleted = EXCLUDED.deleted,
           source_occurred_at = EXCLUDED.source_occurred_at, updated_at = now(),
           variants = COALESCE($9::jsonb, menu_item_replicas.variants),
           modifier_groups = COALESCE($10::jsonb, menu_item_replicas.modifier_groups),
           availability_schedule = CASE WHEN $12::boolean THEN $11::jsonb ELSE menu_item_replicas.availability_schedule END
         WHERE menu_item_replicas.source_occurred_at <= EXCLUDED.source_occurred_at
         RETURNING id`,
        [
          event.item_id, event.restaurant_id, event.name, event.price, event.currency, event.is_available, event.deleted, occurredAt,
          event.variants ? JSON.stringify(event.variants) : null,
          event.modifier_groups ? JSON.stringify(event.modifier_groups) : null,
          event.availability_schedule ? JSON.stringify(event.availability_schedule) : null,
          event.availability_schedule !== undefined,
        ],
      );
      return rows.length === 1;
    });
  }
}
