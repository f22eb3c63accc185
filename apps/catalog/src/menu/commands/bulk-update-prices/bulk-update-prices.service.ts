import { Injectable } from '@nestjs/common';
import { Actor, BulkPriceRequest, ErrorDetail, MAX_PRICE, MenuItemView, ValidationFailedError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { MANAGERS } from '@platter/service-kit';
import { ActingRestaurants } from '../../../restaurants/acting-restaurant';
import { bulkPriceShapeErrors, priceAfterPercent } from '../../domain/menu-rules';
import { MenuItemWriter } from '../../menu-item-writer';
import { MenuItemRepository } from '../../menu-item.repository';

/**
 * An owner or manager reprices many items at once, all or nothing: one unknown item and nothing
 * changes. A percentage moves each selected item's price and its variants' prices (modifier deltas
 * stay as they are); every repriced item is announced.
 */
@Injectable()
export class BulkUpdatePricesService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly actingRestaurants: ActingRestaurants,
    private readonly items: MenuItemRepository,
    private readonly writer: MenuItemWriter,
  ) {}

  async update(actor: Actor, data: BulkPriceRequest): Promise<{ items: MenuItemView[] }> {
    const shapeErrors = bulkPriceShapeErrors(data);
    if (shapeErrors.length) throw new ValidationFailedError(shapeErrors);
    return this.tx.run(async () => {
      const restaurant = await this.actingRestaurants.find(actor, MANAGERS);
      if (data.category_id) await this.writer.requireOwnCategory(restaurant.id, data.category_id);
      const ids = data.prices ? data.prices.map((p) => p.item_id) : data.item_ids;
      const items = await this.items.lockLiveSelection(restaurant.id, { ids, categoryId: data.category_id });
      const found = new Set(items.map((i) => i.id));
      const errors: ErrorDetail[] = (ids ?? []).flatMap((id, index) =>
        found.has(id) ? [] : [{ field: data.prices ? `prices.${index}.item_id` : `item_ids.${index}`, message: `${id} is not an item of your menu` }],
      );
      if (errors.length) throw new ValidationFailedError(errors, 'No price changed: some rows are invalid');
      const newPrice = new Map(data.prices?.map((p) => [p.item_id, p.price]));
      if (data.percent !== undefined) await this.assertWithinMaxPrice(items, data.percent);
      const views: MenuItemView[] = [];
      for (const item of items) {
        item.price = data.prices ? (newPrice.get(item.id) as number) : movedPrice(item.price, data.percent as number);
        await this.items.save(item);
        if (data.percent !== undefined) {
          for (const variant of await this.items.variantsOfItem(item.id)) {
            await this.items.setVariantPrice(variant.id, movedPrice(variant.price, data.percent));
          }
        }
        views.push(await this.writer.announce(item));
      }
      return { items: views };
    });
  }

  /** A percentage that would lift any price (item or variant) past the ceiling changes nothing: 400. */
  private async assertWithinMaxPrice(items: ReadonlyArray<{ id: string; price: number }>, percent: number): Promise<void> {
    const variantPrices: Array<{ price: number }> = items.length
      ? await this.items.variantPricesOf(items.map((i) => i.id))
      : [];
    const highest = Math.max(0, ...items.map((i) => i.price), ...variantPrices.map((v) => v.price));
    if ((priceAfterPercent(highest, percent) ?? 0) > MAX_PRICE) {
      throw new ValidationFailedError([{ field: 'percent', message: `this percentage would lift a price above ${MAX_PRICE}` }], 'No price changed');
    }
  }
}

function movedPrice(price: number, percent: number): number {
  // percent ≥ -99 (request rule), so the price never goes below zero.
  return priceAfterPercent(price, percent) ?? 0;
}
