import { Injectable } from '@nestjs/common';
import { MenuItemChanged } from '@platter/contracts';
import { TransactionHost, upsertIfNewer } from '@platter/persistence';
import { CrmProduct } from '../../crm-product.entity';

/** Keeps marketing's copy of a menu item; false when the event was older than the copy. */
@Injectable()
export class CopyProductService {
  constructor(private readonly tx: TransactionHost) {}

  async apply(event: MenuItemChanged, occurredAt: Date): Promise<boolean> {
    return this.tx.run((manager) =>
      upsertIfNewer(
        manager,
        CrmProduct,
        {
          id: event.item_id, restaurant_id: event.restaurant_id, name: event.name, price: event.price, currency: event.currency,
          is_available: event.is_available, deleted: event.deleted, source_occurred_at: occurredAt,
        },
        { key: ['id'] },
      ),
    );
  }
}
