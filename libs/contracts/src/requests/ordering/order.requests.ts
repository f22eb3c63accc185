import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsDefined, IsEmail, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Length,
  Max, MaxLength, Min, ValidateIf, ValidateNested,
} from 'class-validator';
import { DELIVERY_TYPES, DeliveryType, PAYMENT_METHODS, PaymentMethod } from '../../events';
import {
  CancelGuestOrderData, CancelOrderData, ContactData, GuestContactData, OrderTransitionData, PlaceGuestOrderData, PlaceOrderData, PlaceOrderLineData,
  TrackGuestOrderData,
} from '../../rpc/ordering';
import { IsIdempotencyKey } from '../common';
import { IsCouponCode, IsEntityId, IsPhoneNumber } from '../field-rules';

/**
 * A customer's and a guest's orders: the bodies the gateway binds, and the messages ordering checks
 * (the body plus what the gateway adds: the path's id, the Idempotency-Key header, the guest session).
 */

export class OrderLineRequest implements PlaceOrderLineData {
  @IsEntityId()
  menu_item_id: string;

  @ApiProperty({ minimum: 1, maximum: 99 })
  @IsInt()
  @Min(1)
  @Max(99)
  quantity: number;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  notes?: string;

  @IsEntityId({ optional: true, description: "one of the item's variants (sizes); required when it has any" })
  variant_id?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: "chosen modifier options, within each group's min and max choices" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'modifier_ids must not repeat an option' })
  @IsUUID('all', { each: true })
  modifier_ids?: string[];
}

export class DeliveryAddressRequest {
  @ApiProperty({ example: 'Akwa, Douala', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  address: string;

  @ApiProperty({ minimum: -90, maximum: 90, example: 4.05 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  latitude: number;

  @ApiProperty({ minimum: -180, maximum: 180, example: 9.7 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  longitude: number;
}

/** Body of POST /client/orders. Prices are not the client's to say: ordering reads them from its copy of the menu. */
export class PlaceOrderRequest implements Omit<PlaceOrderData, 'idempotency_key'> {
  @IsEntityId()
  restaurant_id: string;

  @ApiProperty({ type: [OrderLineRequest], minItems: 1, maxItems: 50 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => OrderLineRequest)
  items: OrderLineRequest[];

  @ApiProperty({ enum: DELIVERY_TYPES })
  @IsIn(DELIVERY_TYPES)
  delivery_type: DeliveryType;

  @ApiPropertyOptional({ type: DeliveryAddressRequest, description: 'required for a delivery order' })
  @ValidateIf((o: PlaceOrderRequest) => o.delivery_type === 'delivery' || o.delivery_address != null)
  @IsDefined({ message: 'delivery_address is required for a delivery order' })
  @ValidateNested()
  @Type(() => DeliveryAddressRequest)
  delivery_address?: DeliveryAddressRequest;

  @ApiProperty({ enum: PAYMENT_METHODS, description: 'guests: cash, campay or noupay' })
  @IsIn(PAYMENT_METHODS)
  payment_method: PaymentMethod;

  @IsCouponCode({ optional: true, description: "case-insensitive; the restaurant's own coupon, else a platform-wide one" })
  coupon_code?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 10_000_000, example: 500, description: 'customers, XAF orders: 100 points = 100 XAF off, in whole hundreds' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  loyalty_points?: number;

  @ApiPropertyOptional({ description: 'customers, delivery orders: 200 points for a free delivery' })
  @IsOptional()
  @IsBoolean()
  redeem_free_delivery?: boolean;

  @IsPhoneNumber('payer_phone', { optional: true, description: "the mobile-money number to charge when it is not the buyer's own (E.164 or a national form)" })
  payer_phone?: string;
}

/** `ordering.orders.place`: the body plus the Idempotency-Key header. */
export class PlaceOrderRpcRequest extends PlaceOrderRequest implements PlaceOrderData {
  @IsIdempotencyKey()
  idempotency_key?: string;
}

/** Who an order is for when they have no account (a guest, or a staff order's customer). */
export class ContactRequest implements ContactData {
  @ApiProperty({ example: 'Awa Ngono', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  /** Stored in E.164 like account phones. */
  @IsPhoneNumber('phone')
  phone: string;
}

export class GuestContactRequest extends ContactRequest implements GuestContactData {
  @ApiPropertyOptional({ example: 'awa@example.cm' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;
}

/** Body of POST /guest/orders: a customer's order plus how to reach the guest. */
export class PlaceGuestOrderRequest extends PlaceOrderRequest {
  @ApiProperty({ type: GuestContactRequest })
  @IsDefined({ message: 'guest is required: how to reach the guest about the order' })
  @ValidateNested()
  @Type(() => GuestContactRequest)
  guest: GuestContactRequest;
}

/**
 * `ordering.orders.place-for-guest`: the body, the Idempotency-Key header (a retry answers the first
 * order, its tracking token included) and the guest session the gateway resolved from the guest's
 * token, if they sent one.
 */
export class PlaceGuestOrderRpcRequest extends PlaceGuestOrderRequest implements PlaceGuestOrderData {
  @IsOptional()
  @IsUUID()
  guest_session_id?: string;

  @IsIdempotencyKey()
  idempotency_key?: string;
}

/** Body of PUT /client/orders/:id/cancel and PUT /guest/orders/:id/cancel. */
export class CancelOrderRequest implements Omit<CancelOrderData, 'id'> {
  @ApiPropertyOptional({ example: 'Ordered by mistake', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

/** `ordering.orders.cancel-for-customer`. */
export class CancelOrderRpcRequest extends CancelOrderRequest implements CancelOrderData {
  @IsEntityId()
  id: string;
}

/** The tracking token POST /guest/orders answered: a guest's only key to their order. */
export function IsTrackingToken(): PropertyDecorator {
  return (target, key) => {
    // Applied bottom-up, as the decorators would be if written on the field.
    Length(1, 128)(target, key);
    IsString()(target, key);
    ApiProperty({ description: 'the tracking_token POST /guest/orders returned' })(target, key);
  };
}

/** `?token=` of the guest order routes. */
export class GuestOrderTokenQuery {
  @IsTrackingToken()
  token: string;
}

/** `ordering.orders.track-for-guest`. */
export class TrackGuestOrderRpcRequest extends GuestOrderTokenQuery implements TrackGuestOrderData {
  @IsEntityId()
  id: string;
}

/** `ordering.orders.cancel-for-guest`. */
export class CancelGuestOrderRpcRequest extends CancelOrderRpcRequest implements CancelGuestOrderData {
  @IsTrackingToken()
  token: string;
}

/** Body of PUT /restaurant/orders/:id/reject: a rejection always says why. */
export class RejectOrderRequest {
  @ApiProperty({ example: 'Kitchen closed early', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

/** `ordering.orders.reject`. */
export class RejectOrderRpcRequest extends RejectOrderRequest implements OrderTransitionData {
  @IsEntityId()
  id: string;
}
