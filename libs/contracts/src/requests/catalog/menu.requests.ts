import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength,
  Min, ValidateIf, ValidateNested,
} from 'class-validator';
import type {
  AvailabilityWindow, BulkPriceData, MenuImportData, MenuItemDetailsData, MenuTranslation, MenuTranslations, ModifierGroupData, ModifierOptionData,
  ReorderCategoriesData, SetItemAvailabilityData, UpdateCategoryData, UpdateMenuItemData, VariantData, Weekday,
} from '../../rpc/menu';
import { WEEKDAYS } from '../../rpc/menu';
import type { CreateCategoryData, CreateMenuItemData } from '../../rpc/catalog';
import { IsMoneyAmount } from '../field-rules';

// The menu's request shapes, field by field; the rules relating fields to each other (min ≤ max,
// a schedule's times...) are catalog's, in its menu domain.

/** The highest price a menu holds, in minor units: catalog's ceiling, under the fleet's MAX_MONEY_AMOUNT (a price delta may go as low as its negative). */
export const MAX_PRICE = 1_000_000_000;
const PRICE = { min: 0, max: MAX_PRICE };

/** Several validators as one decorator, applied so that the first listed is checked first. */
const rules = (...decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => {
  for (const d of [...decorators].reverse()) d(target, key);
};
const present = (_: object, value: unknown) => value !== undefined && value !== null;

// Item field rules, each written once and used by every request that carries the field (the menu's
// own routes and the /products routes alike).
/** An item's name: 1 to 200 characters. */
export const ItemNameRule = (optional = false): PropertyDecorator =>
  rules(...(optional ? [IsOptional()] : []), IsString(), IsNotEmpty(), MaxLength(200));
/** An item's description: up to 2000 characters. */
export const ItemDescriptionRule = (): PropertyDecorator => rules(IsOptional(), IsString(), MaxLength(2000));
/** Units left in stock; null = not counted. */
export const StockQuantityRule = (): PropertyDecorator => rules(IsOptional(), IsInt(), Min(0), Max(MAX_STOCK_QUANTITY));
/** An image, by http(s) URL. */
export const ImageUrlRule = (each = false): PropertyDecorator => IsUrl({ protocols: ['http', 'https'], require_tld: false }, { each });
/** A category's name: 1 to 100 characters. */
export const CategoryNameRule = (): PropertyDecorator => rules(IsString(), IsNotEmpty(), MaxLength(100));
/** A category named or, with null, none. */
export const OptionalCategoryNameRule = (): PropertyDecorator => rules(ValidateIf(present), CategoryNameRule());
/** Whether the item can be ordered (an unavailable item stays on the menu). */
export const AvailableRule = (): PropertyDecorator => rules(IsOptional(), IsBoolean());
/** The most units of an item a restaurant counts in stock. */
export const MAX_STOCK_QUANTITY = 1_000_000;


export class TranslationRequest implements MenuTranslation {
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) description?: string;
}

/** {"en": {"name": ...}, "fr": {...}}: only English and French. */
export class TranslationsRequest implements MenuTranslations {
  @ApiPropertyOptional({ type: TranslationRequest }) @IsOptional() @ValidateNested() @Type(() => TranslationRequest) en?: TranslationRequest;
  @ApiPropertyOptional({ type: TranslationRequest }) @IsOptional() @ValidateNested() @Type(() => TranslationRequest) fr?: TranslationRequest;
}

/** A window in the restaurant's local time, e.g. breakfast {"days": ["mon"], "from": "06:00", "to": "11:00"}. */
export class AvailabilityWindowRequest implements AvailabilityWindow {
  @ApiProperty({ enum: WEEKDAYS, isArray: true }) @IsArray() @ArrayMaxSize(7) @IsIn(WEEKDAYS, { each: true }) days: Weekday[];
  @ApiProperty({ example: '06:00' }) @IsString() from: string;
  @ApiProperty({ example: '11:00' }) @IsString() to: string;
}

export class VariantRequest implements VariantData {
  @ApiProperty({ example: 'Grand', maxLength: 100 }) @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @IsMoneyAmount({ ...PRICE, description: 'absolute price of this variant, not a delta' }) price: number;
  @ApiPropertyOptional({ type: TranslationsRequest }) @IsOptional() @ValidateNested() @Type(() => TranslationsRequest) translations?: TranslationsRequest;
}

export class ModifierOptionRequest implements ModifierOptionData {
  @ApiProperty({ example: 'Pimentée', maxLength: 100 }) @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  /** Added to the item's (or variant's) price; negative for a cheaper choice. */
  @ApiProperty({ minimum: -MAX_PRICE, maximum: MAX_PRICE, description: "added to the price, in the currency's minor unit" })
  @IsInt() @Min(-MAX_PRICE) @Max(MAX_PRICE) price_delta: number;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() is_available?: boolean;
  @ApiPropertyOptional({ type: TranslationsRequest }) @IsOptional() @ValidateNested() @Type(() => TranslationsRequest) translations?: TranslationsRequest;
}

export class ModifierGroupRequest implements ModifierGroupData {
  @ApiProperty({ example: 'Sauce', maxLength: 100 }) @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @ApiProperty({ minimum: 0, maximum: 50 }) @IsInt() @Min(0) @Max(50) min_choices: number;
  @ApiProperty({ minimum: 0, maximum: 50, description: 'at least min_choices' }) @IsInt() @Min(0) @Max(50) max_choices: number;
  @ApiProperty({ type: [ModifierOptionRequest] })
  @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => ModifierOptionRequest) options: ModifierOptionRequest[];
  @ApiPropertyOptional({ type: TranslationsRequest }) @IsOptional() @ValidateNested() @Type(() => TranslationsRequest) translations?: TranslationsRequest;
}

/** The optional details of an item; a missing field is left as it is (update) or defaulted (create). */
export class MenuItemDetailsRequest implements MenuItemDetailsData {
  @ApiPropertyOptional({ maxLength: 2000 }) @ItemDescriptionRule() description?: string;
  @ApiPropertyOptional({ default: true }) @AvailableRule() is_available?: boolean;
  @ApiPropertyOptional({ type: [String], description: 'image URLs, the first is the main one' })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @ImageUrlRule(true) images?: string[];
  @ApiPropertyOptional({ type: [String], example: ['peanuts'] })
  @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(50, { each: true }) allergens?: string[];
  @ApiPropertyOptional({ type: [String], example: ['vegetarian'] })
  @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(50, { each: true }) dietary_tags?: string[];
  @ApiPropertyOptional({ minimum: 0, maximum: 1440, nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1440) prep_time_minutes?: number | null;
  @ApiPropertyOptional({ type: TranslationsRequest, example: { en: { name: 'Ndole' }, fr: { name: 'Ndolé' } } })
  @IsOptional() @ValidateNested() @Type(() => TranslationsRequest) translations?: TranslationsRequest;
  @ApiPropertyOptional({ minimum: 0, maximum: MAX_STOCK_QUANTITY, nullable: true, description: 'units left; null = not counted' })
  @StockQuantityRule() stock_quantity?: number | null;
  @ApiPropertyOptional({ type: [AvailabilityWindowRequest], nullable: true, description: 'null = whenever the restaurant is open' })
  @IsOptional() @IsArray() @ArrayMaxSize(14) @ValidateNested({ each: true }) @Type(() => AvailabilityWindowRequest)
  availability_schedule?: AvailabilityWindowRequest[] | null;
  @ApiPropertyOptional({ type: [VariantRequest] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => VariantRequest) variants?: VariantRequest[];
  @ApiPropertyOptional({ type: [ModifierGroupRequest] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ModifierGroupRequest) modifier_groups?: ModifierGroupRequest[];
}

/** POST /restaurant/menu/items. */
export class CreateMenuItemRequest extends MenuItemDetailsRequest implements CreateMenuItemData {
  @ApiProperty({ example: 'Ndolé', maxLength: 200 }) @ItemNameRule() name: string;
  /** The base price when there are no variants. */
  @IsMoneyAmount(PRICE) price: number;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() category_id?: string;
}

/** PUT /restaurant/menu/items/:id: only the fields given change; variants / modifier_groups, when given, replace the item's lists. */
export class UpdateMenuItemBody extends MenuItemDetailsRequest implements Omit<UpdateMenuItemData, 'id'> {
  @ApiPropertyOptional({ maxLength: 200 }) @ItemNameRule(true) name?: string;
  @IsMoneyAmount({ ...PRICE, optional: true }) price?: number;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'null takes the item out of its category' })
  @ValidateIf((_, value) => value !== undefined && value !== null) @IsUUID() category_id?: string | null;
}

/** The change with the item's id from the path. */
export class UpdateMenuItemRequest extends UpdateMenuItemBody implements UpdateMenuItemData {
  @IsUUID() id: string;
}

/** PUT /restaurant/menu/items/:id/availability. */
export class ItemAvailabilityBody implements Omit<SetItemAvailabilityData, 'id'> {
  @ApiProperty({ example: false }) @IsBoolean() is_available: boolean;
}

export class SetItemAvailabilityRequest extends ItemAvailabilityBody implements SetItemAvailabilityData {
  @IsUUID() id: string;
}

/** POST /restaurant/menu/categories. */
export class CreateCategoryRequest implements CreateCategoryData {
  @ApiProperty({ example: 'Plats', maxLength: 100 }) @CategoryNameRule() name: string;
  @ApiPropertyOptional({ type: TranslationsRequest, example: { en: { name: 'Mains' }, fr: { name: 'Plats' } } })
  @IsOptional() @ValidateNested() @Type(() => TranslationsRequest) translations?: TranslationsRequest;
  @ApiPropertyOptional({ type: [AvailabilityWindowRequest], nullable: true, example: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '06:00', to: '11:00' }] })
  @IsOptional() @IsArray() @ArrayMaxSize(14) @ValidateNested({ each: true }) @Type(() => AvailabilityWindowRequest)
  availability_schedule?: AvailabilityWindowRequest[] | null;
}

/** PUT /restaurant/menu/categories/:id: only the fields given change; an empty or null schedule makes the category always available. */
export class UpdateCategoryBody implements Omit<UpdateCategoryData, 'id'> {
  @ApiPropertyOptional({ example: 'Petit-déjeuner', maxLength: 100 }) @IsOptional() @CategoryNameRule() name?: string;
  @ApiPropertyOptional({ type: TranslationsRequest, example: { en: { name: 'Breakfast' } } })
  @IsOptional() @ValidateNested() @Type(() => TranslationsRequest) translations?: TranslationsRequest;
  @ApiPropertyOptional({ type: [AvailabilityWindowRequest], nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(14) @ValidateNested({ each: true }) @Type(() => AvailabilityWindowRequest)
  availability_schedule?: AvailabilityWindowRequest[] | null;
}

export class UpdateCategoryRequest extends UpdateCategoryBody implements UpdateCategoryData {
  @IsUUID() id: string;
}

/** PUT /restaurant/menu/categories/reorder. */
export class ReorderCategoriesRequest implements ReorderCategoriesData {
  @ApiProperty({ type: [String], description: 'every category of the menu, in the new order' })
  @IsArray() @ArrayMaxSize(200) @ArrayUnique() @IsUUID('all', { each: true }) category_ids: string[];
}

export class ItemPriceRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() item_id: string;
  @IsMoneyAmount(PRICE) price: number;
}

/** POST /restaurant/menu/items/bulk-price: either `prices`, or `percent` applied to `item_ids`, to a `category_id`, or (neither given) to the whole menu. */
export class BulkPriceRequest implements BulkPriceData {
  @ApiPropertyOptional({ type: [ItemPriceRequest] })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(1000) @ValidateNested({ each: true }) @Type(() => ItemPriceRequest) prices?: ItemPriceRequest[];
  @ApiPropertyOptional({ description: '+10 raises by 10 %, -5 lowers by 5 %; at most two decimals', example: 10, minimum: -99, maximum: 500 })
  @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(-99) @Max(500) percent?: number;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(1000) @ArrayUnique() @IsUUID('all', { each: true }) item_ids?: string[];
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() category_id?: string;
}

export class ImportItemRequest extends MenuItemDetailsRequest {
  @ApiProperty({ maxLength: 200 }) @ItemNameRule() name: string;
  @IsMoneyAmount(PRICE) price: number;
}

export class ImportCategoryRequest {
  @ApiProperty({ maxLength: 100 }) @CategoryNameRule() name: string;
  @ApiPropertyOptional({ type: TranslationsRequest }) @IsOptional() @ValidateNested() @Type(() => TranslationsRequest) translations?: TranslationsRequest;
  @ApiPropertyOptional({ type: [AvailabilityWindowRequest], nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(14) @ValidateNested({ each: true }) @Type(() => AvailabilityWindowRequest)
  availability_schedule?: AvailabilityWindowRequest[] | null;
  @ApiProperty({ type: [ImportItemRequest] })
  @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => ImportItemRequest) items: ImportItemRequest[];
}

/** POST /restaurant/menu/import: a whole menu as one document; catalog answers one detail per bad row, and imports nothing then. */
export class ImportMenuRequest implements MenuImportData {
  @ApiProperty({ type: [ImportCategoryRequest], example: [{ name: 'Plats', items: [{ name: 'Ndolé', price: 3500, variants: [{ name: 'Grand', price: 4500 }] }] }] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => ImportCategoryRequest) categories: ImportCategoryRequest[];
}
