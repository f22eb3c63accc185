import { Injectable } from '@nestjs/common';
import { OrderCreated } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { MenuItemWriter } from '../../menu-item-writer';
import { MenuItemRepository } from '../../menu-item.repository';
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
    private readonly items: MenuItemRepository,
    private readonly writer: MenuItemWriter,
  ) {}

  async record(order: OrderCreated): Promise<void> {
    await this.tx.run(async () => {
      for (const [itemId, units] of unitsPerItem(order.items)) {
        const after = await this.items.recordOrdered(itemId, order.restaurant_id, units);
        const soldOut = after?.stock_quantity === 0 && after.is_available;
        if (soldOut) {
          await this.items.markUnavailable(itemId);
          await this.writer.announce(await this.items.get(itemId));
        }
      }
    });
  }
}
