import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsDefined, IsIn, IsInt, IsISO8601, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Length, Max,
  MaxLength, Min, ValidateIf, ValidateNested,
} from 'class-validator';
import { DELIVERY_TYPES, DeliveryType, ORDER_STATUSES, PAYMENT_METHODS, PaymentMethod } from '../../events';
import { StaffOrderLineData, StaffOrderStatus, StaffOrdersQuery, StaffPaymentStatus, StaffPlaceOrderData, UpdateStaffOrderStatusData } from '../../rpc/ordering';
import { PageRequest } from '../common';
import { IsEntityId, IsPhoneNumber } from '../field-rules';
import { DeliveryAddressRequest } from './order.requests';

/**
 * The staff order routes (POST /orders, GET /orders, PATCH /orders/:orderId/status), in camelCase:
 * restaurant staff key in dine-in and phone orders and follow their restaurant's orders.
 */

/** The staff routes' simple statuses; ordering maps each onto its own. */
export const STAFF_ORDER_STATUSES: readonly StaffOrderStatus[] = ['pending', 'processing', 'completed', 'cancelled'];
/** A staff status, or one of ordering's own. */
export const STAFF_STATUS_VALUES: readonly string[] = [...STAFF_ORDER_STATUSES, ...ORDER_STATUSES];
const STATUS_MESSAGE = `status must be one of ${STAFF_STATUS_VALUES.join(', ')}`;
export const STAFF_PAYMENT_STATUSES: readonly StaffPaymentStatus[] = ['unpaid', 'paid', 'refunded'];

export class StaffOrderLineRequest implements StaffOrderLineData {
  @IsEntityId({ description: "the product's (menu item's) id" })
  productId: string;

  @ApiProperty({ minimum: 1, maximum: 99 })
  @IsInt()
  @Min(1)
  @Max(99)
  quantity: number;

  @IsEntityId({ optional: true })
  variantId?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'modifierIds must not repeat an option' })
  @IsUUID('all', { each: true })
  modifierIds?: string[];

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  notes?: string;

  /** Staff apps send it; accepted and not read: prices come from the menu. */
  @ApiPropertyOptional({ description: 'ignored: prices come from the menu' })
  @IsOptional()
  @IsNumber()
  price?: number;
}

export class StaffCustomerRequest {
  @ApiProperty({ example: 'Table 4 / Awa', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @IsPhoneNumber('phone')
  phone: string;
}

/** Body of POST /orders. The restaurant is the one the caller's token acts for. */
export class StaffPlaceOrderRequest implements Omit<StaffPlaceOrderData, 'idempotencyKey'> {
  @IsEntityId({ optional: true, description: 'a customer with an account: the order shows in their orders' })
  customerId?: string;

  @ApiProperty({ enum: ['online', 'offline'] })
  @IsIn(['online', 'offline'])
  orderType: 'online' | 'offline';

  @ApiPropertyOptional({ enum: DELIVERY_TYPES, default: 'dine_in' })
  @IsOptional()
  @IsIn(DELIVERY_TYPES)
  deliveryType?: DeliveryType;

  @ApiPropertyOptional({ type: DeliveryAddressRequest, description: 'required for a delivery order' })
  @ValidateIf((o: StaffPlaceOrderRequest) => o.deliveryType === 'delivery' || o.deliveryAddress != null)
  @IsDefined({ message: 'deliveryAddress is required for a delivery order' })
  @ValidateNested()
  @Type(() => DeliveryAddressRequest)
  deliveryAddress?: DeliveryAddressRequest;

  @ApiProperty({ type: [StaffOrderLineRequest], minItems: 1, maxItems: 50 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => StaffOrderLineRequest)
  items: StaffOrderLineRequest[];

  @ApiPropertyOptional({ enum: PAYMENT_METHODS, default: 'cash', description: 'cash, or campay/noupay pushed to customer.phone' })
  @IsOptional()
  @IsIn(PAYMENT_METHODS)
  paymentMethod?: PaymentMethod;

  @ApiPropertyOptional({ type: StaffCustomerRequest })
  @IsOptional()
  @ValidateNested()
  @Type(() => StaffCustomerRequest)
  customer?: StaffCustomerRequest;

  /** Staff apps send it; accepted and not read: the total is computed from the menu. */
  @ApiPropertyOptional({ description: 'ignored: the total is computed from the menu' })
  @IsOptional()
  @IsNumber()
  totalAmount?: number;
}

/** `ordering.staff-orders.place`: the body plus the Idempotency-Key header. */
export class StaffPlaceOrderRpcRequest extends StaffPlaceOrderRequest implements StaffPlaceOrderData {
  @IsOptional()
  @IsString()
  @Length(1, 255)
  idempotencyKey?: string;
}

/** GET /orders and `ordering.staff-orders.list`. */
export class StaffOrdersQueryRequest extends PageRequest implements StaffOrdersQuery {
  @ApiPropertyOptional({ description: "pending | processing | completed | cancelled, or one of ordering's statuses" })
  @IsOptional()
  @IsIn(STAFF_STATUS_VALUES, { message: STATUS_MESSAGE })
  status?: string;

  @IsEntityId({ optional: true })
  customerId?: string;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'ISO 8601; orders created from then' })
  @IsOptional()
  @IsISO8601()
  startDate?: string;

  @ApiPropertyOptional({ example: '2026-01-31', description: 'ISO 8601; a date alone includes that whole day (UTC)' })
  @IsOptional()
  @IsISO8601()
  endDate?: string;

  @IsEntityId({ optional: true, description: 'admins: one restaurant' })
  restaurantId?: string;
}

/** Body of PATCH /orders/:orderId/status. */
export class UpdateStaffOrderStatusRequest implements Omit<UpdateStaffOrderStatusData, 'id'> {
  @ApiProperty({ example: 'completed', description: STATUS_MESSAGE })
  @IsIn(STAFF_STATUS_VALUES, { message: STATUS_MESSAGE })
  status: string;

  @ApiPropertyOptional({ enum: STAFF_PAYMENT_STATUSES, description: 'only an unpaid cash order can be marked paid' })
  @IsOptional()
  @IsIn(STAFF_PAYMENT_STATUSES)
  paymentStatus?: StaffPaymentStatus;

  @ApiPropertyOptional({ maxLength: 500, description: 'why (kept in the history; the cancellation reason)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

/** `ordering.staff-orders.set-status`. */
export class UpdateStaffOrderStatusRpcRequest extends UpdateStaffOrderStatusRequest implements UpdateStaffOrderStatusData {
  @IsUUID()
  id: string;
}
