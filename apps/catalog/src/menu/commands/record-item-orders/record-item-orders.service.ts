import { Injectable } from '@nestjs/common';
import { OrderCreated } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { unitsPerItem } from './units-per-item';

/** Popularity: each ordered item's order_count grows by the units ordered. */
@Injectable()
export class RecordItemOrdersService {
  constructor(private readonly tx: TransactionHost) {}

  async record(order: OrderCreated): Promise<void> {
    await this.tx.run(async (manager) => {
      for (const [itemId, units] of unitsPerItem(order.items)) {
        await manager.query(
          `UPDATE menu_items SET order_count = order_count + $2 WHERE id = $1 AND restaurant_id = $3`,
          [itemId, units, order.restaurant_id],
        );
      }
    });
  }
}
