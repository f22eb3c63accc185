import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import type {
  CreateNamedCategoryItemData, CreateProductData, ListMenuItemsData, ListProductsData, MenuItemListing, NamedCategoryItemData, ProductData,
  ProductView, UpdateNamedCategoryItemData,
} from '../../rpc/menu';
import { PageRequest, QueryBoolean } from '../common';
import { IsMoneyAmount } from '../field-rules';
import {
  AvailableRule, ImageUrlRule, ItemDescriptionRule, ItemNameRule, MAX_PRICE, MAX_STOCK_QUANTITY, OptionalCategoryNameRule, StockQuantityRule,
} from './menu.requests';

// The /products routes: camelCase at the edge (the classes the gateway binds), translated by the
// gateway onto the menu's vocabulary that catalog checks. Both sides use the same field rules.

const PRICE = { min: 0, max: MAX_PRICE };
const present = (_: object, value: unknown) => value !== undefined && value !== null;

/** PUT /products/:productId: all optional, an update changes only what it gives. */
export class ProductRequest implements ProductData {
  @ApiPropertyOptional({ maxLength: 200 }) @ItemNameRule(true) name?: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @ItemDescriptionRule() description?: string;
  @IsMoneyAmount({ ...PRICE, optional: true }) price?: number;
  @ApiPropertyOptional({ description: 'a category name of the menu (created when new); null leaves the item uncategorized', nullable: true, maxLength: 100 })
  @OptionalCategoryNameRule() category?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'null = stock not counted', minimum: 0, maximum: MAX_STOCK_QUANTITY })
  @StockQuantityRule() stockQuantity?: number | null;
  @ApiPropertyOptional({ nullable: true, description: "the item's main image; null removes it" }) @ValidateIf(present) @ImageUrlRule() imageUrl?: string | null;
  @ApiPropertyOptional() @AvailableRule() isActive?: boolean;
}

/** POST /products. */
export class CreateProductRequest extends ProductRequest implements CreateProductData {
  @ApiProperty({ example: 'Poulet DG', maxLength: 200 }) @ItemNameRule() declare name: string;
  @IsMoneyAmount(PRICE) declare price: number;
}

/** GET /products. */
export class ListProductsRequest extends PageRequest implements ListProductsData {
  @ApiPropertyOptional({ maxLength: 100 }) @IsOptional() @IsString() @MaxLength(100) category?: string;
  @ApiPropertyOptional() @IsOptional() @QueryBoolean() @IsBoolean() isActive?: boolean;
  @ApiPropertyOptional({ maxLength: 100 }) @IsOptional() @IsString() @MaxLength(100) search?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'admins: one restaurant' }) @IsOptional() @IsUUID() restaurantId?: string;
}

/** /products/:productId. */
export class ProductIdParamRequest {
  @ApiProperty({ format: 'uuid' }) @Type(() => String) @IsUUID() productId: string;
}

/** What catalog checks of a /products write: an item with its category named. */
export class NamedCategoryItemRequest implements NamedCategoryItemData {
  @ItemNameRule(true) name?: string;
  @ItemDescriptionRule() description?: string;
  @IsMoneyAmount({ ...PRICE, optional: true }) price?: number;
  @OptionalCategoryNameRule() category_name?: string | null;
  @StockQuantityRule() stock_quantity?: number | null;
  @ValidateIf(present) @ImageUrlRule() main_image?: string | null;
  @AvailableRule() is_available?: boolean;
}

export class CreateNamedCategoryItemRequest extends NamedCategoryItemRequest implements CreateNamedCategoryItemData {
  @ItemNameRule() declare name: string;
  @IsMoneyAmount(PRICE) declare price: number;
}

export class UpdateNamedCategoryItemRequest extends NamedCategoryItemRequest implements UpdateNamedCategoryItemData {
  @IsUUID() id: string;
}

/** What catalog checks of a /products listing. */
export class ListMenuItemsRequest extends PageRequest implements ListMenuItemsData {
  @IsOptional() @IsString() @MaxLength(100) category_name?: string;
  @IsOptional() @QueryBoolean() @IsBoolean() is_available?: boolean;
  @IsOptional() @IsString() @MaxLength(100) search?: string;
  @IsOptional() @IsUUID() restaurant_id?: string;
}

/** Only the fields given: an update must not clear what the client left out. */
function given<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A /products body in the menu's vocabulary. */
export function namedCategoryItemOf(p: ProductData): NamedCategoryItemData {
  return given({
    name: p.name, description: p.description, price: p.price, category_name: p.category, stock_quantity: p.stockQuantity,
    main_image: p.imageUrl, is_available: p.isActive,
  });
}

/** A /products query in the menu's vocabulary. */
export function listMenuItemsOf(q: ListProductsData): ListMenuItemsData {
  return given({ page: q.page, limit: q.limit, category_name: q.category, is_available: q.isActive, search: q.search, restaurant_id: q.restaurantId });
}

/** A listed menu item as the /products routes show it: category by name, the first image as imageUrl, availability as isActive, units ordered as salesCount. */
export function productOf(item: MenuItemListing): ProductView {
  return {
    id: item.id,
    restaurantId: item.restaurant_id,
    name: item.name,
    description: item.description,
    price: item.price,
    currency: item.currency,
    category: item.category_name,
    imageUrl: item.images[0] ?? null,
    stockQuantity: item.stock_quantity,
    salesCount: item.order_count,
    isActive: item.is_available,
    createdAt: item.created_at,
    updatedAt: item.updated_at,
  };
}
