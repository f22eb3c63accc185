import { Injectable } from '@nestjs/common';
import { randomInt, randomUUID } from 'node:crypto';
import { Actor, GuestOrderPlaced, OrderView, PaymentMethod, PlaceOrderData, ValidationFailedError, isOpenAt } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost, requestHash } from '@platter/persistence';
import { CouponBuyer, CouponRedemptions, HeldCoupon } from '../../../coupons/coupon-redemptions';
import { LoyaltyLedger } from '../../../loyalty/loyalty-ledger';
import { OrderingConfig } from '../../../ordering.config';
import { DeliveryZoneReplica } from '../../../replicas/delivery-zone-replica.entity';
import { DeliveryZoneReplicaRepository } from '../../../replicas/delivery-zone-replica.repository';
import { MenuItemReplicaRepository } from '../../../replicas/menu-item-replica.repository';
import { RestaurantConfigReplicaRepository } from '../../../replicas/restaurant-config-replica.repository';
import { RestaurantReplica } from '../../../replicas/restaurant-replica.entity';
import { RestaurantReplicaRepository } from '../../../replicas/restaurant-replica.repository';
import { pricingSettings, restaurantSettings } from '../../../replicas/restaurant-settings';
import { Buyer, buyerActorId, buyerColumns } from '../../buyer';
import { deliveryZoneFor } from '../../delivery-zone-choice';
import { GuestConversions } from '../../guest-conversions';
import { OrderItem } from '../../order-item.entity';
import { PricedLine, priceLines } from '../../order-lines';
import { checkRedemption, priceOrder, subtotalOf } from '../../order-pricing';
import { OrderStatusChanger } from '../../order-status-changer';
import { Order } from '../../order.entity';
import { OrderRepository } from '../../order.repository';
import { toOrderView } from '../../order.view';
import { OrderingException } from '../../ordering.exception';
import { hashTrackingToken, newTrackingToken } from '../../tracking-token';
import { IdempotencyKeys } from './idempotency-keys';
import { toOrderCreated } from './order-created.event';
import { PlaceGuestOrderRpcRequest as PlaceGuestOrderRequest } from '@platter/contracts';
import { PlaceOrderRpcRequest as PlaceOrderRequest } from '@platter/contracts';

/** The orders table holds amounts as int4. */
const MAX_TOTAL = 2_147_483_647;

/**
 * Whose Idempotency-Keys a guest without a guest session uses. A replay needs the key and the very
 * same body (contact details included), so guests sharing this scope never see each other's orders.
 */
const SESSIONLESS_GUESTS = '00000000-0000-0000-0000-000000000000';

/** Buyers without an account pay at the door or by mobile money pushed to their phone (no card flow, no wallet). */
export const GUEST_PAYMENT_METHODS: readonly PaymentMethod[] = ['cash', 'campay', 'noupay'];
const MOBILE_MONEY: readonly PaymentMethod[] = ['campay', 'noupay'];

/** What an order is placed from, whoever places it (customer, guest, staff), with its request checked. */
export type OrderInput = Omit<PlaceOrderData, 'idempotency_key'>;

/** Placing facts that do not come from the body. */
interface Placement {
  /** payer_email in order.created: the customer's account email, a guest's own. */
  payerEmail: string | null;
  /** The phone to charge by mobile money unless the body names one. */
  defaultPayerPhone: string | null;
  source: Order['source'];
  placedBy: string | null;
  orderType: Order['order_type'];
}

/** A placed order with its lines. */
export interface PlacedOrder {
  order: Order;
  items: OrderItem[];
}

/**
 * A buyer places an order, priced from ordering's copy of the menu: a customer (replayable by
 * Idempotency-Key), a guest (who gets a tracking token instead of an account) or restaurant staff
 * keying one in (the dashboard's POST /orders). Pricing, in minor units: see priceOrder (coupon on the subtotal, then points,
 * then tax on what is left, then delivery and service fees).
 */
@Injectable()
export class PlaceOrderService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly events: EventPublisher,
    private readonly config: OrderingConfig,
    private readonly keys: IdempotencyKeys,
    private readonly statuses: OrderStatusChanger,
    private readonly conversions: GuestConversions,
    private readonly coupons: CouponRedemptions,
    private readonly loyalty: LoyaltyLedger,
    private readonly orders: OrderRepository,
    private readonly restaurants: RestaurantReplicaRepository,
    private readonly menuItems: MenuItemReplicaRepository,
    private readonly zones: DeliveryZoneReplicaRepository,
    private readonly settings: RestaurantConfigReplicaRepository,
  ) {}

  async place(customer: Actor, request: PlaceOrderRequest): Promise<OrderView> {
    return this.tx.run(async () => {
      const key = request.idempotency_key;
      if (key) {
        const earlier = await this.keys.claim(customer.user_id, key, requestHash(request));
        if (earlier) return earlier;
      }
      const { order, items } = await this.createOrder({ kind: 'customer', customerId: customer.user_id }, request, {
        payerEmail: customer.email ?? null,
        defaultPayerPhone: null,
        source: 'client',
        placedBy: null,
        orderType: null,
      });
      const view = toOrderView(order, items, 'buyer');
      if (key) await this.keys.remember(customer.user_id, key, view);
      return view;
    });
  }

  /** The tracking token is returned here only (and to a retry under the same Idempotency-Key); the order keeps its hash. */
  async placeForGuest(request: PlaceGuestOrderRequest): Promise<GuestOrderPlaced> {
    if (!GUEST_PAYMENT_METHODS.includes(request.payment_method)) {
      throw new OrderingException('PAYMENT_METHOD_NOT_ALLOWED', `Guests pay cash, campay or noupay; log in to pay by ${request.payment_method}`);
    }
    if (request.loyalty_points || request.redeem_free_delivery) {
      throw new OrderingException('LOYALTY_REQUIRES_ACCOUNT', 'Loyalty points are for customers with an account: log in to spend them');
    }
    return this.tx.run(async () => {
      const guestSessionId = request.guest_session_id ?? null;
      const key = request.idempotency_key;
      const keyOwner = guestSessionId ?? SESSIONLESS_GUESTS;
      if (key) {
        const earlier = await this.keys.claim<GuestOrderPlaced>(keyOwner, key, requestHash(request, 'guest-order'));
        if (earlier) return earlier;
      }
      let convertedUserId: string | null = null;
      if (guestSessionId) {
        // First, so a guest.converted being applied now either sees this order or is seen here.
        await this.conversions.lock(guestSessionId);
        convertedUserId = await this.conversions.convertedUserOf(guestSessionId);
      }
      const trackingToken = newTrackingToken();
      const { name, phone, email } = request.guest;
      const contact = { name: name.trim(), phone: phone.trim(), email: email?.trim().toLowerCase() || null };
      const { order, items } = await this.createOrder(
        { kind: 'guest', guestSessionId, contact, trackingTokenHash: hashTrackingToken(trackingToken), convertedUserId },
        request,
        { payerEmail: contact.email, defaultPayerPhone: contact.phone, source: 'guest', placedBy: null, orderType: null },
      );
      const placed = { order: toOrderView(order, items, 'buyer'), tracking_token: trackingToken };
      // The retry of a guest whose answer was lost must get the token again: it is kept with the key
      // for the replay window only (the order keeps its hash).
      if (key) await this.keys.remember(keyOwner, key, placed);
      return placed;
    });
  }

  /**
   * Restaurant staff key an order in (the dashboard's POST /orders), in the caller's transaction: cash, or
   * mobile money pushed to the customer's phone; no coupons or points (those are the buyer's own).
   */
  async placeForStaff(staff: { staffId: string; customerId: string | null; contact: { name: string; phone: string } | null }, input: OrderInput, orderType: 'online' | 'offline'): Promise<PlacedOrder> {
    if (!GUEST_PAYMENT_METHODS.includes(input.payment_method)) {
      throw new OrderingException('PAYMENT_METHOD_NOT_ALLOWED', `Staff orders are paid cash, campay or noupay, not ${input.payment_method}`);
    }
    const phone = input.payer_phone ?? staff.contact?.phone ?? null;
    if (MOBILE_MONEY.includes(input.payment_method) && !phone) {
      throw new ValidationFailedError([{ field: 'customer.phone', message: `A ${input.payment_method} payment is pushed to the customer's phone: customer.phone is required` }]);
    }
    return this.createOrder(
      { kind: 'staff', staffId: staff.staffId, customerId: staff.customerId, contact: staff.contact ? { ...staff.contact, email: null } : null },
      input,
      { payerEmail: null, defaultPayerPhone: phone, source: 'staff', placedBy: staff.staffId, orderType },
    );
  }

  private async createOrder(buyer: Buyer, request: OrderInput, placement: Placement): Promise<PlacedOrder> {
    const restaurant = await this.restaurants.findApproved(request.restaurant_id);
    if (!restaurant) throw new OrderingException('RESTAURANT_NOT_AVAILABLE', 'This restaurant is not taking orders');
    // Staff key in orders for people at the counter or on the phone: the restaurant is there to cook them.
    if (buyer.kind !== 'staff' && !isTakingOrders(restaurant)) {
      throw new OrderingException('RESTAURANT_CLOSED', `${restaurant.name} is closed now: its opening hours say so`);
    }
    const menu = await this.menuItems.findByIds(request.items.map((i) => i.menu_item_id));
    const lines = priceLines(request.items, new Map(menu.map((m) => [m.id, m])), restaurant);
    const subtotal = subtotalOf(lines);
    // The zone's minimum order is checked on the subtotal before any discount.
    const zone = request.delivery_type === 'delivery' ? await this.deliveryZone(restaurant.id, request, subtotal) : null;
    const settings = pricingSettings(await restaurantSettings(this.settings, restaurant.id), { taxRateBps: this.config.TAX_RATE_BPS, serviceFee: this.config.SERVICE_FEE });

    const couponBuyer = couponBuyerOf(buyer);
    let held: HeldCoupon | null = null;
    if (request.coupon_code) {
      if (!couponBuyer) throw new OrderingException('COUPON_NOT_APPLICABLE', 'Coupons are applied by the customer when ordering');
      held = await this.coupons.hold(request.coupon_code, { restaurantId: restaurant.id, currency: restaurant.currency, subtotal, buyer: couponBuyer });
    }
    const couponDiscount = held?.discount ?? 0;
    const points = request.loyalty_points ?? 0;
    const freeDelivery = request.redeem_free_delivery === true;
    if ((points || freeDelivery) && buyer.kind !== 'customer') {
      throw new OrderingException('LOYALTY_REQUIRES_ACCOUNT', 'Loyalty points are spent by the customer who owns them');
    }
    const pointsSpent = checkRedemption(
      { points, freeDelivery },
      { currency: restaurant.currency, deliveryType: request.delivery_type, subtotalAfterCoupon: subtotal - couponDiscount, deliveryFee: zone?.delivery_fee ?? 0 },
    );
    const totals = priceOrder(
      lines,
      request.delivery_type,
      { deliveryFee: zone?.delivery_fee ?? 0, taxRateBps: settings.taxRateBps, serviceFee: settings.serviceFee },
      { coupon: couponDiscount, points, freeDelivery },
    );
    if (totals.total_amount > MAX_TOTAL) throw new OrderingException('ORDER_TOO_LARGE', 'This order is too large to be placed at once');

    const orderId = randomUUID();
    if (pointsSpent > 0 && buyer.kind === 'customer') await this.loyalty.redeem(buyer.customerId, pointsSpent, orderId);
    const online = request.payment_method !== 'cash';
    const paymentDueAt = online ? new Date(Date.now() + this.config.ORDER_PAYMENT_WINDOW_SECONDS * 1000) : null;
    const order = await this.orders.insert({
      id: orderId,
      ...buyerColumns(buyer),
      restaurant_id: restaurant.id,
      status: 'created',
      delivery_type: request.delivery_type,
      delivery_address: request.delivery_type === 'delivery' && request.delivery_address ? { ...request.delivery_address } : null,
      payment_method: request.payment_method,
      payment_status: 'pending',
      currency: restaurant.currency,
      ...totals,
      coupon_code: held?.coupon.code ?? null,
      loyalty_points_redeemed: pointsSpent,
      commission_rate_bps: restaurant.commission_rate_bps,
      delivery_code: request.delivery_type === 'delivery' ? newDeliveryCode() : null,
      payer_phone: request.payer_phone ?? placement.defaultPayerPhone,
      source: placement.source,
      placed_by: placement.placedBy,
      order_type: placement.orderType,
      payment_due_at: paymentDueAt,
      // The step awaited first: the payment (a cash order moves on to confirmed below).
      step_due_at: paymentDueAt,
    });
    if (held && couponBuyer) await this.coupons.redeem(held, order.id, couponBuyer);
    const items = await this.insertItems(order.id, lines);
    await this.statuses.record(order.id, null, 'created', buyerActorId(buyer));
    await this.events.publish('order.created', toOrderCreated(order, lines, restaurant.owner_id, placement.payerEmail));
    if (order.payment_method === 'cash') {
      // Cash is collected at delivery: nothing to wait for before the restaurant sees the order.
      await this.statuses.change(order, { to: 'confirmed', actorId: null, restaurantOwnerId: restaurant.owner_id, reason: 'cash payment on delivery' });
    }
    return { order: await this.orders.get(order.id), items };
  }

  /** The zone serving the delivery address (422 OUT_OF_DELIVERY_ZONE / BELOW_MINIMUM_ORDER otherwise). */
  private async deliveryZone(restaurantId: string, request: OrderInput, subtotal: number): Promise<DeliveryZoneReplica> {
    const address = request.delivery_address;
    // The requests already require it; this keeps the type honest.
    if (!address) throw new ValidationFailedError([{ field: 'delivery_address', message: 'delivery_address is required for a delivery order' }]);
    const zones = await this.zones.activeOf(restaurantId);
    return deliveryZoneFor(zones, address, subtotal);
  }

  private async insertItems(orderId: string, lines: PricedLine[]): Promise<OrderItem[]> {
    const items = lines.map((line, position) => Object.assign(new OrderItem(), { id: randomUUID(), order_id: orderId, position, ...line }));
    await this.orders.insertItems(items);
    return items;
  }
}

/** Four digits the customer gives the driver at the door. */
export function newDeliveryCode(): string {
  return randomInt(0, 10_000).toString().padStart(4, '0');
}

/** Whose coupon uses count: a customer's account, or a guest's phone; staff orders take no coupons. */
function couponBuyerOf(buyer: Buyer): CouponBuyer | null {
  if (buyer.kind === 'customer') return { customerId: buyer.customerId };
  if (buyer.kind === 'guest') return buyer.convertedUserId ? { customerId: buyer.convertedUserId } : { phone: buyer.contact.phone };
  return null;
}

/** Open by its own hours, in its own time zone; a copy that never received hours takes orders. */
function isTakingOrders(restaurant: RestaurantReplica, now = new Date()): boolean {
  if (!restaurant.opening_hours) return true;
  return isOpenAt({ timezone: restaurant.timezone, opening_hours: restaurant.opening_hours, hours_exceptions: restaurant.hours_exceptions }, now);
}
