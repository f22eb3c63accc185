import { Injectable } from '@nestjs/common';
import { MenuItemChanged } from '@platter/contracts';
import { TransactionHost, upsertIfNewer } from '@platter/persistence';
import { MenuItemCopy } from '../../menu-item-copy.entity';

/** Keeps the kitchen's copy of a menu item; false when the event was older than the copy. */
@Injectable()
export class CopyMenuItemService {
  constructor(private readonly tx: TransactionHost) {}

  async apply(event: MenuItemChanged, occurredAt: Date): Promise<boolean> {
    return this.tx.run((manager) =>
      upsertIfNewer(
        manager,
        MenuItemCopy,
        {
          id: event.item_id, restaurant_id: event.restaurant_id, name: event.name, is_available: event.is_available,
          deleted: event.deleted, source_occurred_at: occurredAt,
        },
        { key: ['id'] },
      ),
    );
  }
}
