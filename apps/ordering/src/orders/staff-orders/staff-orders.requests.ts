import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsDefined, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength,
  Min, ValidateIf, ValidateNested,
} from 'class-validator';
import {
  DELIVERY_TYPES, DeliveryType, ORDER_STATUSES, PAYMENT_METHODS, PaymentMethod, StaffOrderLineData, StaffOrdersQuery, StaffPaymentStatus, StaffPlaceOrderData,
  UpdateStaffOrderStatusData,
} from '@platter/contracts';
import { DeliveryAddressRequest, E164, toE164 } from '../commands/place-order/place-order.request';
import { STAFF_STATUSES } from '../staff-order-status';

export class StaffOrderLineRequest implements StaffOrderLineData {
  @IsUUID() productId: string;
  @IsInt() @Min(1) @Max(99) quantity: number;
  @IsOptional() @IsUUID() variantId?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ArrayUnique({ message: 'modifierIds must not repeat an option' }) @IsUUID('all', { each: true })
  modifierIds?: string[];
  @IsOptional() @IsString() @MaxLength(500) notes?: string;
}

export class StaffCustomerRequest {
  @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @Transform(toE164)
  @IsString() @Matches(E164, { message: 'phone must be a valid phone number (E.164, or a Cameroonian or Egyptian national form)' })
  phone: string;
}

/**
 * 001's POST /orders body. The restaurant is the one the staff member's token acts for; a client's
 * `price` or `totalAmount` is not read (prices come from the menu).
 */
export class StaffPlaceOrderRequest implements StaffPlaceOrderData {
  @IsOptional() @IsUUID() customerId?: string;
  @IsIn(['online', 'offline']) orderType: 'online' | 'offline';
  @IsOptional() @IsIn(DELIVERY_TYPES) deliveryType?: DeliveryType;

  @ValidateIf((o: StaffPlaceOrderRequest) => o.deliveryType === 'delivery' || o.deliveryAddress != null)
  @IsDefined({ message: 'deliveryAddress is required for a delivery order' })
  @ValidateNested() @Type(() => DeliveryAddressRequest)
  deliveryAddress?: DeliveryAddressRequest;

  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50)
  @ValidateNested({ each: true }) @Type(() => StaffOrderLineRequest)
  items: StaffOrderLineRequest[];

  @IsOptional() @IsIn(PAYMENT_METHODS) paymentMethod?: PaymentMethod;

  @IsOptional() @ValidateNested() @Type(() => StaffCustomerRequest) customer?: StaffCustomerRequest;

  @IsOptional() @IsString() @Length(1, 255) idempotencyKey?: string;
}

const STATUS_VALUES: readonly string[] = [...STAFF_STATUSES, ...ORDER_STATUSES];

export class StaffOrdersQueryRequest implements StaffOrdersQuery {
  @Type(() => Number) @IsInt() @Min(1) @Max(100000) page: number = 1;
  @Type(() => Number) @IsInt() @Min(1) @Max(100) limit: number = 20;
  @IsOptional() @IsIn(STATUS_VALUES, { message: `status must be one of ${STATUS_VALUES.join(', ')}` }) status?: string;
  @IsOptional() @IsUUID() customerId?: string;
  @IsOptional() @IsISO8601() startDate?: string;
  @IsOptional() @IsISO8601() endDate?: string;
  @IsOptional() @IsUUID() restaurantId?: string;
}

export class UpdateStaffOrderStatusRequest implements UpdateStaffOrderStatusData {
  @IsUUID() id: string;
  @IsIn(STATUS_VALUES, { message: `status must be one of ${STATUS_VALUES.join(', ')}` }) status: string;
  @IsOptional() @IsIn(['unpaid', 'paid', 'refunded']) paymentStatus?: StaffPaymentStatus;
  @IsOptional() @IsString() @MaxLength(500) reason?: string;
}
