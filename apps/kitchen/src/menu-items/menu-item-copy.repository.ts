import { Injectable } from '@nestjs/common';
import { QueryDeepPartialEntity } from 'typeorm';
import { TransactionHost, upsertIfNewer } from '@platter/persistence';
import { MenuItemCopy } from './menu-item-copy.entity';

/** The kitchen's copies of menu items (menu_item_copies), in the caller's transaction. */
@Injectable()
export class MenuItemCopyRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Writes the copy unless it already reflects a newer event (`source_occurred_at`); false when older. */
  copy(row: QueryDeepPartialEntity<MenuItemCopy>): Promise<boolean> {
    return upsertIfNewer(this.tx.manager, MenuItemCopy, row, { key: ['id'] });
  }

  /** An item still on the menu; null when unknown or deleted. */
  findLive(id: string): Promise<MenuItemCopy | null> {
    return this.tx.repository(MenuItemCopy).findOneBy({ id, deleted: false });
  }

  /** The restaurant's items still on the menu, by name. */
  listLive(restaurantId: string): Promise<MenuItemCopy[]> {
    return this.tx.repository(MenuItemCopy).find({ where: { restaurant_id: restaurantId, deleted: false }, order: { name: 'ASC', id: 'ASC' } });
  }
}
