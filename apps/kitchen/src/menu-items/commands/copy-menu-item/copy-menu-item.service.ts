import { Injectable } from '@nestjs/common';
import { MenuItemChanged } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { MenuItemCopyRepository } from '../../menu-item-copy.repository';

/** Keeps the kitchen's copy of a menu item; false when the event was older than the copy. */
@Injectable()
export class CopyMenuItemService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly items: MenuItemCopyRepository,
  ) {}

  async apply(event: MenuItemChanged, occurredAt: Date): Promise<boolean> {
    return this.tx.run(() =>
      this.items.copy({
        id: event.item_id, restaurant_id: event.restaurant_id, name: event.name, is_available: event.is_available,
        deleted: event.deleted, source_occurred_at: occurredAt,
      }),
    );
  }
}
