import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { Actor, GuestOrderPlaced, OrderView, ValidationFailedError } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { OrderingConfig } from '../../../ordering.config';
import { DeliveryZoneReplica } from '../../../replicas/delivery-zone-replica.entity';
import { MenuItemReplica } from '../../../replicas/menu-item-replica.entity';
import { RestaurantReplica } from '../../../replicas/restaurant-replica.entity';
import { Buyer, buyerActorId, buyerColumns } from '../../buyer';
import { deliveryZoneFor } from '../../delivery-zone-choice';
import { GuestConversions } from '../../guest-conversions';
import { OrderItem } from '../../order-item.entity';
import { PricedLine, priceLines } from '../../order-lines';
import { priceOrder, subtotalOf } from '../../order-pricing';
import { OrderStatusChanger } from '../../order-status-changer';
import { Order } from '../../order.entity';
import { toOrderView } from '../../order.view';
import { OrderingException } from '../../ordering.exception';
import { hashTrackingToken, newTrackingToken } from '../../tracking-token';
import { IdempotencyKeys } from './idempotency-keys';
import { insertOrder } from './insert-order';
import { toOrderCreated } from './order-created.event';
import { PlaceGuestOrderRequest } from './place-guest-order.request';
import { PlaceOrderRequest } from './place-order.request';
import { requestHash } from './request-hash';

/** The orders table holds amounts as int4. */
const MAX_TOTAL = 2_147_483_647;

/**
 * A buyer places an order, priced from ordering's copy of the menu: a customer (replayable by
 * Idempotency-Key) or a guest (who gets a tracking token instead of an account).
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
  ) {}

  async place(customer: Actor, request: PlaceOrderRequest): Promise<OrderView> {
    return this.tx.run(async () => {
      const key = request.idempotency_key;
      if (key) {
        const earlier = await this.keys.claim(customer.user_id, key, requestHash(request));
        if (earlier) return earlier;
      }
      const view = await this.createOrder({ kind: 'customer', customerId: customer.user_id }, request);
      if (key) await this.keys.remember(customer.user_id, key, view);
      return view;
    });
  }

  /** The tracking token is returned here only; the order keeps its hash. */
  async placeForGuest(request: PlaceGuestOrderRequest): Promise<GuestOrderPlaced> {
    return this.tx.run(async () => {
      const guestSessionId = request.guest_session_id ?? null;
      let convertedUserId: string | null = null;
      if (guestSessionId) {
        // First, so a guest.converted being applied now either sees this order or is seen here.
        await this.conversions.lock(guestSessionId);
        convertedUserId = await this.conversions.convertedUserOf(guestSessionId);
      }
      const trackingToken = newTrackingToken();
      const { name, phone, email } = request.guest;
      const order = await this.createOrder(
        {
          kind: 'guest',
          guestSessionId,
          contact: { name: name.trim(), phone: phone.trim(), email: email?.trim().toLowerCase() || null },
          trackingTokenHash: hashTrackingToken(trackingToken),
          convertedUserId,
        },
        request,
      );
      return { order, tracking_token: trackingToken };
    });
  }

  private async createOrder(buyer: Buyer, request: PlaceOrderRequest): Promise<OrderView> {
    const restaurant = await this.tx.repository(RestaurantReplica).findOneBy({ id: request.restaurant_id, status: 'approved' });
    if (!restaurant) throw new OrderingException('RESTAURANT_NOT_AVAILABLE', 'This restaurant is not taking orders');
    const menu = await this.tx.repository(MenuItemReplica).findBy({ id: In(request.items.map((i) => i.menu_item_id)) });
    const lines = priceLines(request.items, new Map(menu.map((m) => [m.id, m])), restaurant);
    const zone = request.delivery_type === 'delivery' ? await this.deliveryZone(restaurant.id, request, subtotalOf(lines)) : null;
    const totals = priceOrder(lines, request.delivery_type, {
      deliveryFee: zone?.delivery_fee ?? 0,
      taxRateBps: this.config.TAX_RATE_BPS,
      serviceFee: this.config.SERVICE_FEE,
    });
    if (totals.total_amount > MAX_TOTAL) throw new OrderingException('BUSINESS_RULE_VIOLATION', 'This order is too large to be placed at once');

    const order = await insertOrder(this.tx.manager, {
      id: randomUUID(),
      ...buyerColumns(buyer),
      restaurant_id: restaurant.id,
      status: 'created',
      delivery_type: request.delivery_type,
      delivery_address: request.delivery_type === 'delivery' && request.delivery_address ? { ...request.delivery_address } : null,
      payment_method: request.payment_method,
      payment_status: 'pending',
      currency: restaurant.currency,
      ...totals,
    });
    const items = await this.insertItems(order.id, lines);
    await this.statuses.record(order.id, null, 'created', buyerActorId(buyer));
    await this.events.publish('order.created', toOrderCreated(order, lines, restaurant.owner_id));
    if (order.payment_method === 'cash') {
      // Cash is collected at delivery: nothing to wait for before the restaurant sees the order.
      await this.statuses.change(order, { to: 'confirmed', actorId: null, restaurantOwnerId: restaurant.owner_id, reason: 'cash payment on delivery' });
    }
    return toOrderView(await this.tx.repository(Order).findOneByOrFail({ id: order.id }), items);
  }

  /** The zone serving the delivery address (422 OUT_OF_DELIVERY_ZONE / BELOW_MINIMUM_ORDER otherwise). */
  private async deliveryZone(restaurantId: string, request: PlaceOrderRequest, subtotal: number): Promise<DeliveryZoneReplica> {
    const address = request.delivery_address;
    // PlaceOrderRequest already requires it; this keeps the type honest.
    if (!address) throw new ValidationFailedError([{ field: 'delivery_address', message: 'delivery_address is required for a delivery order' }]);
    const zones = await this.tx.repository(DeliveryZoneReplica).findBy({ restaurant_id: restaurantId, is_active: true, deleted: false });
    return deliveryZoneFor(zones, address, subtotal);
  }

  private async insertItems(orderId: string, lines: PricedLine[]): Promise<OrderItem[]> {
    const items = lines.map((line, position) => Object.assign(new OrderItem(), { id: randomUUID(), order_id: orderId, position, ...line }));
    await this.tx.repository(OrderItem).insert(items);
    return items;
  }
}
