import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { AdminOrdersQuery, AdminRefundOrderData, AdminSagaActionData, AdminSetOrderStatusData, ORDER_STATUSES, OrderStatus } from '@platter/contracts';
import { PageRequest } from '@platter/service-kit';

const booleanText = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class AdminOrdersRequest extends PageRequest implements AdminOrdersQuery {
  @IsOptional() @IsIn(ORDER_STATUSES) status?: OrderStatus;
  @IsOptional() @IsUUID() restaurant_id?: string;
  @IsOptional() @IsUUID() customer_id?: string;
  @IsOptional() @IsISO8601() from?: string;
  @IsOptional() @IsISO8601() to?: string;
  @IsOptional() @Transform(booleanText) @IsBoolean() flagged?: boolean;
}

export class AdminSetOrderStatusRequest implements AdminSetOrderStatusData {
  @IsUUID() id: string;
  @IsIn(ORDER_STATUSES) status: OrderStatus;
  @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}

export class AdminRefundOrderRequest implements AdminRefundOrderData {
  @IsUUID() id: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) amount?: number;
  @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
  @IsOptional() @IsBoolean() to_wallet?: boolean;
  @IsOptional() @IsString() @Matches(/^[\x21-\x7e]{1,128}$/) idempotency_key?: string;
}

export class AdminSagaActionRequest implements AdminSagaActionData {
  @IsUUID() id: string;
  @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class AdminCompensateRequest implements AdminSagaActionData {
  @IsUUID() id: string;
  @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}
