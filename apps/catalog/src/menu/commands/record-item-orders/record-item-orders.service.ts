import { Injectable } from '@nestjs/common';
import { OrderCreated } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { MenuItem } from '../../menu-item.entity';
import { MenuItemWriter } from '../../menu-item-writer';
import { unitsPerItem } from './units-per-item';

/**
 * Popularity and stock: each ordered item's order_count grows by the units ordered and, for items
 * whose stock is counted (stock_quantity set), the stock shrinks; an item that runs out is switched
 * off and announced, so ordering refuses it from then on.
 */
@Injectable()
export class RecordItemOrdersService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly writer: MenuItemWriter,
  ) {}

  async record(order: OrderCreated): Promise<void> {
    await this.tx.run(async (manager) => {
      for (const [itemId, units] of unitsPerItem(order.items)) {
        const [rows]: [Array<{ stock_quantity: number | null; is_available: boolean }>, number] = await manager.query(
          `UPDATE menu_items
              SET order_count = order_count + $2,
                  stock_quantity = CASE WHEN stock_quantity IS NULL THEN NULL ELSE GREATEST(stock_quantity - $2, 0) END
            WHERE id = $1 AND restaurant_id = $3
            RETURNING stock_quantity, is_available`,
          [itemId, units, order.restaurant_id],
        );
        const soldOut = rows[0]?.stock_quantity === 0 && rows[0].is_available;
        if (soldOut) {
          await manager.update(MenuItem, { id: itemId }, { is_available: false });
          await this.writer.announce(await manager.findOneByOrFail(MenuItem, { id: itemId }));
        }
      }
    });
  }
}
