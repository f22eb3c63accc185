import { Injectable } from '@nestjs/common';
import { MenuItemChanged } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';

/** Keeps marketing's copy of a menu item; false when the event was older than the copy. */
@Injectable()
export class CopyProductService {
  constructor(private readonly tx: TransactionHost) {}

  async apply(event: MenuItemChanged, occurredAt: Date): Promise<boolean> {
    return this.tx.run(async (manager) => {
      const rows: unknown[] = await manager.query(
        `INSERT INTO crm_products (id, restaurant_id, name, price, currency, is_available, deleted, source_occurred_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (id) DO UPDATE SET
           restaurant_id = EXCLUDED.restaurant_id, name = EXCLUDED.name, price = EXCLUDED.price, currency = EXCLUDED.currency,
           is_available = EXCLUDED.is_available, deleted = EXCLUDED.deleted, source_occurred_at = EXCLUDED.source_occurred_at, updated_at = now()
         WHERE crm_products.source_occurred_at <= EXCLUDED.source_occurred_at
         RETURNING id`,
        [event.item_id, event.restaurant_id, event.name, event.price, event.currency, event.is_available, event.deleted, occurredAt],
      );
      return rows.length === 1;
    });
  }
}
