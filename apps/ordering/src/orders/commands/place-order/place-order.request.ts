import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayUnique, ArrayMinSize, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Length,
  Matches, Max, MaxLength, Min, ValidateIf, ValidateNested,
} from 'class-validator';
import { DELIVERY_TYPES, DeliveryType, PAYMENT_METHODS, PaymentMethod, PlaceOrderData, normalizePhone } from '@platter/contracts';

/** A phone in E.164 once normalised (Cameroonian and Egyptian national forms understood); else left for @Matches to refuse. */
export const toE164 = ({ value }: { value: unknown }) => (typeof value === 'string' ? (normalizePhone(value) ?? value) : value);
export const E164 = /^\+[1-9]\d{7,14}$/;

export class OrderLineRequest {
  @IsUUID() menu_item_id: string;
  @IsInt() @Min(1) @Max(99) quantity: number;
  @IsOptional() @IsString() @MaxLength(500) notes?: string;
  @IsOptional() @IsUUID() variant_id?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ArrayUnique({ message: 'modifier_ids must not repeat an option' }) @IsUUID('all', { each: true })
  modifier_ids?: string[];
}

export class DeliveryAddressRequest {
  @IsString() @IsNotEmpty() @MaxLength(500) address: string;
  @IsNumber() @Min(-90) @Max(90) latitude: number;
  @IsNumber() @Min(-180) @Max(180) longitude: number;
}

/** The body of POST /client/orders; prices are not part of it (they come from the menu). */
export class PlaceOrderRequest implements PlaceOrderData {
  @IsUUID() restaurant_id: string;

  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50)
  @ValidateNested({ each: true }) @Type(() => OrderLineRequest)
  items: OrderLineRequest[];

  @IsIn(DELIVERY_TYPES) delivery_type: DeliveryType;

  @ValidateIf((o: PlaceOrderRequest) => o.delivery_type === 'delivery' || o.delivery_address != null)
  @IsDefined({ message: 'delivery_address is required for a delivery order' })
  @ValidateNested() @Type(() => DeliveryAddressRequest)
  delivery_address?: DeliveryAddressRequest;

  @IsIn(PAYMENT_METHODS) payment_method: PaymentMethod;

  /** Case-insensitive; the restaurant's own coupon first, else a platform-wide one. */
  @IsOptional() @IsString() @Length(1, 64) coupon_code?: string;

  /** 100 points = 100 XAF off, in whole hundreds (customers, XAF orders). */
  @IsOptional() @IsInt() @Min(0) @Max(10_000_000) loyalty_points?: number;

  /** 200 points for a free delivery (customers, delivery orders). */
  @IsOptional() @IsBoolean() redeem_free_delivery?: boolean;

  /** The mobile-money number to charge when it is not the buyer's own. */
  @IsOptional() @Transform(toE164)
  @IsString() @Matches(E164, { message: 'payer_phone must be a valid phone number (E.164, or a Cameroonian or Egyptian national form)' })
  payer_phone?: string;

  @IsOptional() @IsString() @Length(1, 255) idempotency_key?: string;
}
