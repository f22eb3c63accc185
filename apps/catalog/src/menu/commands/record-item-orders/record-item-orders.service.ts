import { Injectable } from '@nestjs/common';
import { OrderCreated } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { MenuItemWriter } from '../../menu-item-writer';
import { MenuItemRepository } from '../../menu-item.repository';
import { unitsPerItem } from './units-per-item';

/**
 * Popularity and stock: each ordered item's order_count grows by the units ordered and, for items
 * whose stock is counted (stock_quantity set), the stock shrinks; an item that runs out is switched
 * off and announced, so ordering refuses it from then on. The sell-out is a decision on the item's
 * availability made when the order was (`orderedAt`): a kitchen's item.86ed made later wins whatever
 * order the two arrive in (docs/event-ordering.md).
 */
@Injectable()
export class RecordItemOrdersService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly items: MenuItemRepository,
    private readonly writer: MenuItemWriter,
  ) {}

  /** `orderedAt`: when ordering placed the order (its envelope's occurred_at). */
  async record(order: OrderCreated, orderedAt: Date): Promise<void> {
    await this.tx.run(async () => {
      for (const [itemId, units] of unitsPerItem(order.items)) {
        const after = await this.items.recordOrdered(itemId, order.restaurant_id, units);
        if (after?.stock_quantity !== 0) continue;
        // Announced only when it was on: an item off already changes nothing anyone copies.
        if ((await this.items.markSoldOut(itemId, orderedAt)) && after.is_available) {
          await this.writer.announce(await this.items.get(itemId));
        }
      }
    });
  }
}
