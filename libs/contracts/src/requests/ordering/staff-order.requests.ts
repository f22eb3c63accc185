import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsDefined, IsIn, IsInt, IsISO8601, IsNumber, IsOptional, IsString, IsUUID, Max,
  MaxLength, Min, ValidateIf, ValidateNested,
} from 'class-validator';
import { DELIVERY_TYPES, DeliveryType, ORDER_STATUSES, PAYMENT_METHODS, PaymentMethod } from '../../events';
import {
  DashboardOrdersPage, DashboardOrderView, StaffOrdersPage, StaffOrdersQuery, StaffOrderStatus, StaffOrderView, StaffPaymentStatus, StaffPlaceOrderData,
  UpdateStaffOrderStatusData,
} from '../../rpc/ordering';
import { IsIdempotencyKey, PageRequest } from '../common';
import { IsEntityId } from '../field-rules';
import { ContactRequest, DeliveryAddressRequest, OrderLineRequest } from './order.requests';

// The staff order routes (POST /orders, GET /orders, PATCH /orders/:orderId/status): restaurant staff
// key in dine-in and phone orders and follow their restaurant's orders. camelCase at the edge (the
// classes the gateway binds), translated by the gateway onto the snake_case messages ordering checks;
// ordering's answers are shown back in camelCase by staffOrderViewOf and staffOrdersPageOf.

/** The staff routes' simple statuses; ordering maps each onto its own. */
export const STAFF_ORDER_STATUSES: readonly StaffOrderStatus[] = ['pending', 'processing', 'completed', 'cancelled'];
/** A staff status, or one of ordering's own. */
export const STAFF_STATUS_VALUES: readonly string[] = [...STAFF_ORDER_STATUSES, ...ORDER_STATUSES];
const STATUS_MESSAGE = `status must be one of ${STAFF_STATUS_VALUES.join(', ')}`;
export const STAFF_PAYMENT_STATUSES: readonly StaffPaymentStatus[] = ['unpaid', 'paid', 'refunded'];

export class StaffOrderLineRequest {
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

/** Body of POST /orders. The restaurant is the one the caller's token acts for. */
export class StaffPlaceOrderRequest {
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

  @ApiPropertyOptional({ type: ContactRequest })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactRequest)
  customer?: ContactRequest;

  /** Staff apps send it; accepted and not read: the total is computed from the menu. */
  @ApiPropertyOptional({ description: 'ignored: the total is computed from the menu' })
  @IsOptional()
  @IsNumber()
  totalAmount?: number;
}

/** GET /orders. */
export class StaffOrdersQueryRequest extends PageRequest {
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
export class UpdateStaffOrderStatusRequest {
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

// ---- What ordering checks: the same requests in ordering's vocabulary ----

/** `ordering.staff-orders.place`: the body of POST /orders (without the client's prices) plus the Idempotency-Key header. */
export class StaffPlaceOrderRpcRequest implements StaffPlaceOrderData {
  @IsEntityId({ optional: true })
  customer_id?: string;

  @IsIn(['online', 'offline'])
  order_type: 'online' | 'offline';

  @IsOptional()
  @IsIn(DELIVERY_TYPES)
  delivery_type?: DeliveryType;

  @ValidateIf((o: StaffPlaceOrderRpcRequest) => o.delivery_type === 'delivery' || o.delivery_address != null)
  @IsDefined({ message: 'delivery_address is required for a delivery order' })
  @ValidateNested()
  @Type(() => DeliveryAddressRequest)
  delivery_address?: DeliveryAddressRequest;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => OrderLineRequest)
  items: OrderLineRequest[];

  @IsOptional()
  @IsIn(PAYMENT_METHODS)
  payment_method?: PaymentMethod;

  @IsOptional()
  @ValidateNested()
  @Type(() => ContactRequest)
  customer?: ContactRequest;

  @IsIdempotencyKey()
  idempotency_key?: string;
}

/** `ordering.staff-orders.list`. */
export class StaffOrdersQueryRpcRequest extends PageRequest implements StaffOrdersQuery {
  @IsOptional()
  @IsIn(STAFF_STATUS_VALUES, { message: STATUS_MESSAGE })
  status?: string;

  @IsEntityId({ optional: true })
  customer_id?: string;

  @IsOptional()
  @IsISO8601()
  from?: string;

  @IsOptional()
  @IsISO8601()
  to?: string;

  @IsEntityId({ optional: true })
  restaurant_id?: string;
}

/** `ordering.staff-orders.set-status`: the body of PATCH /orders/:orderId/status plus the path's id. */
export class UpdateStaffOrderStatusRpcRequest implements UpdateStaffOrderStatusData {
  @IsUUID()
  id: string;

  @IsIn(STAFF_STATUS_VALUES, { message: STATUS_MESSAGE })
  status: string;

  @IsOptional()
  @IsIn(STAFF_PAYMENT_STATUSES)
  payment_status?: StaffPaymentStatus;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

// ---- The gateway's translations, both ways ----

/** Only the fields given: a field the client left out stays out of the message. */
function given<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * A POST /orders body and its Idempotency-Key (the gateway requires the header) in ordering's
 * vocabulary. The client's prices and total are dropped: prices come from the menu.
 */
export function staffPlaceOrderDataOf(body: StaffPlaceOrderRequest, idempotencyKey: string): StaffPlaceOrderData {
  return given({
    customer_id: body.customerId,
    order_type: body.orderType,
    delivery_type: body.deliveryType,
    delivery_address: body.deliveryAddress,
    items: body.items.map((i) => given({ menu_item_id: i.productId, quantity: i.quantity, variant_id: i.variantId, modifier_ids: i.modifierIds, notes: i.notes })),
    payment_method: body.paymentMethod,
    customer: body.customer,
    idempotency_key: idempotencyKey,
  });
}

/** A GET /orders query in ordering's vocabulary. */
export function staffOrdersQueryOf(q: StaffOrdersQueryRequest): StaffOrdersQuery {
  return given({
    page: q.page, limit: q.limit, status: q.status, customer_id: q.customerId, from: q.startDate, to: q.endDate, restaurant_id: q.restaurantId,
  });
}

/** A PATCH /orders/:orderId/status body (and the path's id) in ordering's vocabulary. */
export function updateStaffOrderStatusDataOf(id: string, body: UpdateStaffOrderStatusRequest): UpdateStaffOrderStatusData {
  return given({ id, status: body.status, payment_status: body.paymentStatus, reason: body.reason });
}

/** An order as the staff routes show it: ordering's status beside the dashboard's, the buyer as `customer`, menu items as products. */
export function staffOrderViewOf(order: DashboardOrderView): StaffOrderView {
  return {
    id: order.id,
    orderNumber: order.order_number,
    restaurantId: order.restaurant_id,
    customer: order.customer_id || order.contact
      ? { id: order.customer_id, name: order.contact?.name ?? null, email: order.contact?.email ?? null, phone: order.contact?.phone ?? null }
      : null,
    customerId: order.customer_id,
    totalAmount: order.total_amount,
    subtotal: order.subtotal,
    taxAmount: order.tax_amount,
    deliveryFee: order.delivery_fee,
    serviceFee: order.service_fee,
    discountAmount: order.discount_amount ?? 0,
    currency: order.currency,
    status: order.staff_status,
    platterStatus: order.status,
    paymentStatus: order.staff_payment_status,
    paymentMethod: order.payment_method,
    orderType: order.order_type,
    deliveryType: order.delivery_type,
    source: order.source,
    items: order.items.map((i) => ({
      productId: i.menu_item_id,
      name: i.name,
      quantity: i.quantity,
      price: i.unit_price,
      totalPrice: i.total_price,
      variantName: i.variant_name ?? null,
      modifiers: i.modifiers ?? [],
      notes: i.notes,
    })),
    ...(order.delivery_code ? { deliveryCode: order.delivery_code } : {}),
    createdAt: order.created_at,
    updatedAt: order.updated_at,
    deliveredAt: order.delivered_at,
  };
}

/** A staff listing as GET /orders shows it: the orders, their page, and the stats in camelCase. */
export function staffOrdersPageOf(page: DashboardOrdersPage): StaffOrdersPage {
  const { stats } = page;
  return {
    orders: page.items.map(staffOrderViewOf),
    pagination: page.pagination,
    stats: {
      totalOrders: stats.total_orders,
      totalRevenue: stats.total_revenue,
      averageOrderValue: stats.average_order_value,
      currency: stats.currency,
      byCurrency: stats.by_currency.map((c) => ({
        currency: c.currency, totalOrders: c.total_orders, totalRevenue: c.total_revenue, averageOrderValue: c.average_order_value,
      })),
    },
  };
}
