import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ORDER_STATUSES, OrderStatus } from '../../events';
import { AdminOrdersQuery, AdminRefundOrderData, AdminSagaActionData, AdminSetOrderStatusData } from '../../rpc/ordering';
import { IsIdempotencyKey, PageRequest, QueryBoolean } from '../common';
import { IsEntityId, IsMoneyAmount } from '../field-rules';

/** /admin/orders*: the bodies and queries the gateway binds, and the messages ordering checks (plus the path's id). */

/** An admin's reason for an intervention, kept in the order's audit: required, at most 500 characters. */
function IsAdminReason(example: string): PropertyDecorator {
  return (target, key) => {
    MaxLength(500)(target, key);
    IsNotEmpty()(target, key);
    IsString()(target, key);
    ApiProperty({ example, maxLength: 500 })(target, key);
  };
}

/** GET /admin/orders filters; `from`/`to` bound created_at (ISO 8601). */
export class AdminOrdersQueryRequest extends PageRequest implements AdminOrdersQuery {
  @ApiPropertyOptional({ enum: ORDER_STATUSES })
  @IsOptional()
  @IsIn(ORDER_STATUSES)
  status?: OrderStatus;

  @IsEntityId({ optional: true })
  restaurant_id?: string;

  @IsEntityId({ optional: true })
  customer_id?: string;

  @ApiPropertyOptional({ description: 'placed at or after (ISO 8601)' })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ description: 'placed at or before (ISO 8601)' })
  @IsOptional()
  @IsISO8601()
  to?: string;

  @ApiPropertyOptional({ description: 'true: only orders the saga watchdog flagged; false: only unflagged ones' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  flagged?: boolean;
}

/** Body of PUT /admin/orders/:id/status. */
export class AdminSetOrderStatusRequest implements Omit<AdminSetOrderStatusData, 'id'> {
  @ApiProperty({ enum: ORDER_STATUSES, description: 'any move the state machine allows, or cancelled from any non-final status' })
  @IsIn(ORDER_STATUSES)
  status: OrderStatus;

  @IsAdminReason('Customer called: the restaurant confirmed by phone')
  reason: string;
}

/** `ordering.admin.orders.set-status`. */
export class AdminSetOrderStatusRpcRequest extends AdminSetOrderStatusRequest implements AdminSetOrderStatusData {
  @IsUUID()
  id: string;
}

/** Body of POST /admin/orders/:id/refund. */
export class AdminRefundOrderRequest implements Omit<AdminRefundOrderData, 'id' | 'idempotency_key'> {
  @IsMoneyAmount({ optional: true, description: 'minor units; absent = everything not yet refunded' })
  amount?: number;

  @IsAdminReason('Cold food')
  reason: string;

  @ApiPropertyOptional({ description: "credit the customer's wallet instead of the original payment" })
  @IsOptional()
  @IsBoolean()
  to_wallet?: boolean;
}

/** `ordering.admin.orders.refund`: the body, the path's id and the Idempotency-Key header (a retry asks for the money once). */
export class AdminRefundOrderRpcRequest extends AdminRefundOrderRequest implements AdminRefundOrderData {
  @IsUUID()
  id: string;

  @IsIdempotencyKey()
  idempotency_key?: string;
}

/** Body of POST /admin/orders/:id/saga/resume. */
export class AdminSagaResumeRequest implements Omit<AdminSagaActionData, 'id'> {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

/** `ordering.admin.orders.saga-resume`. */
export class AdminSagaResumeRpcRequest extends AdminSagaResumeRequest implements AdminSagaActionData {
  @IsUUID()
  id: string;
}

/** Body of POST /admin/orders/:id/saga/compensate: undoing an order always says why. */
export class AdminSagaCompensateRequest implements Omit<AdminSagaActionData, 'id'> {
  @IsAdminReason('Restaurant closed, order cannot be fulfilled')
  reason: string;
}

/** `ordering.admin.orders.saga-compensate`. */
export class AdminSagaCompensateRpcRequest extends AdminSagaCompensateRequest implements AdminSagaActionData {
  @IsUUID()
  id: string;
}
