import { Injectable } from '@nestjs/common';
import { MenuItemChanged } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';

/** Keeps the kitchen's copy of a menu item; false when the event was older than the copy. */
@Injectable()
export class CopyMenuItemService {
  constructor(private readonly tx: TransactionHost) {}

  async apply(event: MenuItemChanged, occurredAt: Date): Promise<boolean> {
    return this.tx.run(async (manager) => {
      const rows: unknown[] = await manager.query(
        `INSERT INTO menu_item_copies (id, restaurant_id, name, is_available, deleted, source_occurred_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO UPDATE SET
           restaurant_id = EXCLUDED.restaurant_id, name = EXCLUDED.name, is_available = EXCLUDED.is_available,
           deleted = EXCLUDED.deleted, source_occurred_at = EXCLUDED.source_occurred_at, updated_at = now()
         WHERE menu_item_copies.source_occurred_at <= EXCLUDED.source_occurred_at
         RETURNING id`,
        [event.item_id, event.restaurant_id, event.name, event.is_available, event.deleted, occurredAt],
      );
      return rows.length === 1;
    });
  }
}
