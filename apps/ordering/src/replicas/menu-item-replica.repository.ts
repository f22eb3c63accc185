import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm';
import { TransactionHost, upsertIfNewer } from '@platter/persistence';
import { MenuItemReplica } from './menu-item-replica.entity';

/** Ordering's copies of the menu items, kept by menu.item-changed. Runs in the caller's transaction. */
@Injectable()
export class MenuItemReplicaRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** The copies of these items (those ordering knows; unknown ids are left out). */
  findByIds(ids: string[]): Promise<MenuItemReplica[]> {
    return this.tx.repository(MenuItemReplica).findBy({ id: In(ids) });
  }

  /** Creates or overwrites the copy; false when the copy is newer. Undefined fields keep the copy's. */
  copy(row: QueryDeepPartialEntity<MenuItemReplica> & Pick<MenuItemReplica, 'id' | 'source_occurred_at'>): Promise<boolean> {
    return upsertIfNewer(this.tx.manager, MenuItemReplica, row, { key: ['id'] });
  }
}
