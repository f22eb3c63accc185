import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsISO8601, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min,
  ValidateIf, ValidateNested,
} from 'class-validator';
import { DELIVERY_TYPES, DeliveryType, ORDER_STATUSES, PAYMENT_METHODS, PaymentMethod, StaffPaymentStatus } from '@platter/contracts';
import { PageQueryDto } from '../../common/dto/page-query.dto';
import { DeliveryAddressDto } from './place-order.dto';

/** 001's statuses, or ordering's own. */
const STATUS_VALUES: readonly string[] = ['pending', 'processing', 'completed', 'cancelled', ...ORDER_STATUSES];
const STATUS_MESSAGE = `status must be one of ${STATUS_VALUES.join(', ')}`;

export class StaffOrderItemDto {
  @ApiProperty({ format: 'uuid', description: "the product's (menu item's) id" }) @IsUUID() productId: string;
  @ApiProperty({ minimum: 1, maximum: 99 }) @IsInt() @Min(1) @Max(99) quantity: number;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() variantId?: string;
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ArrayUnique({ message: 'modifierIds must not repeat an option' }) @IsUUID('all', { each: true })
  modifierIds?: string[];
  @ApiPropertyOptional({ maxLength: 500 }) @IsOptional() @IsString() @MaxLength(500) notes?: string;
  /** 001 sends it; accepted and ignored: prices come from the menu. */
  @ApiPropertyOptional({ description: 'ignored: prices come from the menu' }) @IsOptional() @IsNumber() price?: number;
}

export class StaffCustomerDto {
  @ApiProperty({ example: 'Table 4 / Awa' }) @IsString() @Length(1, 100) name: string;
  @ApiProperty({ example: '+237690000000' })
  @IsString() @Matches(/^\+?[0-9][0-9 ]{5,19}$/, { message: 'phone must be a phone number such as +237690000000' })
  phone: string;
}

/** 001's POST /orders body (camelCase). The restaurant is the one the caller's token acts for. */
export class StaffPlaceOrderDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'a customer with an account: the order shows in their orders' }) @IsOptional() @IsUUID() customerId?: string;
  @ApiProperty({ enum: ['online', 'offline'] }) @IsIn(['online', 'offline']) orderType: 'online' | 'offline';
  @ApiPropertyOptional({ enum: DELIVERY_TYPES, default: 'dine_in' }) @IsOptional() @IsIn(DELIVERY_TYPES) deliveryType?: DeliveryType;

  @ApiPropertyOptional({ type: DeliveryAddressDto, description: 'required for a delivery order' })
  @ValidateIf((o: StaffPlaceOrderDto) => o.deliveryType === 'delivery' || o.deliveryAddress != null)
  @ValidateNested() @Type(() => DeliveryAddressDto)
  deliveryAddress?: DeliveryAddressDto;

  @ApiProperty({ type: [StaffOrderItemDto], minItems: 1, maxItems: 50 })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => StaffOrderItemDto)
  items: StaffOrderItemDto[];

  @ApiPropertyOptional({ enum: PAYMENT_METHODS, default: 'cash', description: 'cash, or campay/noupay pushed to customer.phone' })
  @IsOptional() @IsIn(PAYMENT_METHODS) paymentMethod?: PaymentMethod;

  @ApiPropertyOptional({ type: StaffCustomerDto }) @IsOptional() @ValidateNested() @Type(() => StaffCustomerDto) customer?: StaffCustomerDto;

  /** 001 sends it; accepted and ignored: the total is computed from the menu. */
  @ApiPropertyOptional({ description: 'ignored: the total is computed from the menu' }) @IsOptional() @IsNumber() totalAmount?: number;
}

export class StaffOrdersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: "001's pending | processing | completed | cancelled, or one of ordering's statuses" })
  @IsOptional() @IsIn(STATUS_VALUES, { message: STATUS_MESSAGE }) status?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() customerId?: string;
  @ApiPropertyOptional({ example: '2026-01-01', description: 'ISO 8601; orders created from then' }) @IsOptional() @IsISO8601() startDate?: string;
  @ApiPropertyOptional({ example: '2026-01-31', description: 'ISO 8601; a date alone includes that whole day (UTC)' }) @IsOptional() @IsISO8601() endDate?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'admins: one restaurant' }) @IsOptional() @IsUUID() restaurantId?: string;
}

export class StaffOrderIdParamDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() orderId: string;
}

export class UpdateStaffOrderStatusDto {
  @ApiProperty({ example: 'completed', description: STATUS_MESSAGE }) @IsIn(STATUS_VALUES, { message: STATUS_MESSAGE }) status: string;
  @ApiPropertyOptional({ enum: ['unpaid', 'paid', 'refunded'], description: 'only an unpaid cash order can be marked paid' })
  @IsOptional() @IsIn(['unpaid', 'paid', 'refunded']) paymentStatus?: StaffPaymentStatus;
  @ApiPropertyOptional({ maxLength: 500, description: 'why (kept in the history; the cancellation reason)' }) @IsOptional() @IsString() @MaxLength(500) reason?: string;
}
