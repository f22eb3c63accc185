import { Injectable } from '@nestjs/common';
import { Actor, StaffOrderView, StaffOrdersPage } from '@platter/contracts';
import { TransactionHost, requestHash } from '@platter/persistence';
import { ANY_MEMBER, requireRestaurantAccess } from '@platter/service-kit';
import { RestaurantReplica } from '../../replicas/restaurant-replica.entity';
import { actorRestaurant } from '../actor-restaurant';
import { IdempotencyKeys } from '../commands/place-order/idempotency-keys';
import { OrderInput, PlaceOrderService } from '../commands/place-order/place-order.service';
import { OrderItem } from '../order-item.entity';
import { OrderStatusChanger } from '../order-status-changer';
import { OrderAccess } from '../order-access';
import { OrderRepository } from '../order.repository';
import { staffMoves, staffPaymentChange, statusesMatching } from '../domain/staff-status';
import { loadStaffOrderViews, toStaffOrderView } from './staff-order.view';
import { StaffOrdersQueryRequest, StaffPlaceOrderRpcRequest as StaffPlaceOrderRequest, UpdateStaffOrderStatusRpcRequest as UpdateStaffOrderStatusRequest } from '@platter/contracts';

/** Idempotency-Keys of staff orders live beside customers' under their own prefix. */
const KEY_PREFIX = 'staff-orders:';

/** Orders on a restaurant's dashboard: keyed in by staff, listed with stats, moved by the dashboard's statuses. */
@Injectable()
export class StaffOrdersService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly placeOrder: PlaceOrderService,
    private readonly keys: IdempotencyKeys,
    private readonly statuses: OrderStatusChanger,
    private readonly access: OrderAccess = new OrderAccess(tx),
    private readonly orders: OrderRepository = new OrderRepository(tx),
  ) {}

  /** For the restaurant the staff member's token acts for; same Idempotency-Key and body → the first answer. */
  async place(actor: Actor, request: StaffPlaceOrderRequest): Promise<StaffOrderView> {
    return this.tx.run(async () => {
      const restaurant = await actorRestaurant(this.tx, actor, 'Orders can be taken');
      requireRestaurantAccess(actor, restaurant, ANY_MEMBER);
      const input: OrderInput = {
        restaurant_id: restaurant.id,
        items: request.items.map((i) => ({
          menu_item_id: i.productId, quantity: i.quantity, variant_id: i.variantId, modifier_ids: i.modifierIds, notes: i.notes,
        })),
        delivery_type: request.deliveryType ?? 'dine_in',
        delivery_address: request.deliveryAddress,
        payment_method: request.paymentMethod ?? 'cash',
      };
      const key = request.idempotencyKey ? `${KEY_PREFIX}${request.idempotencyKey}` : null;
      if (key) {
        // Only what is read counts as "the same body" (a client price is ignored either way).
        const hash = requestHash({ ...input, customerId: request.customerId, orderType: request.orderType, customer: request.customer });
        const earlier = await this.keys.claim<StaffOrderView>(actor.user_id, key, hash);
        if (earlier) return earlier;
      }
      const { order, items } = await this.placeOrder.placeForStaff(
        { staffId: actor.user_id, customerId: request.customerId ?? null, contact: request.customer ? { name: request.customer.name.trim(), phone: request.customer.phone } : null },
        input,
        request.orderType,
      );
      const view = toStaffOrderView(order, items, { withDeliveryCode: true });
      if (key) await this.keys.remember(actor.user_id, key, view);
      return view;
    });
  }

  /** The actor's restaurant's orders (an owner's restaurants when the token names none); admins see every restaurant's. */
  async list(actor: Actor, query: StaffOrdersQueryRequest): Promise<StaffOrdersPage> {
    const restaurantIds = await this.visibleRestaurants(actor, query.restaurantId);
    const qb = this.orders.query();
    if (restaurantIds) qb.andWhere('o.restaurant_id IN (:...restaurantIds)', { restaurantIds: restaurantIds.length ? restaurantIds : ['00000000-0000-0000-0000-000000000000'] });
    if (query.status) qb.andWhere('o.status IN (:...statuses)', { statuses: statusesMatching(query.status) ?? [] });
    if (query.customerId) qb.andWhere('o.customer_id = :customerId', { customerId: query.customerId });
    if (query.startDate) qb.andWhere('o.created_at >= :start', { start: new Date(query.startDate) });
    if (query.endDate) {
      // A date alone means the whole of that day (UTC); a time is an inclusive bound.
      const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(query.endDate);
      const end = new Date(query.endDate);
      if (dayOnly) qb.andWhere('o.created_at < :end', { end: new Date(end.getTime() + 86_400_000) });
      else qb.andWhere('o.created_at <= :end', { end });
    }
    const statsRows = (await qb
      .clone()
      .select('o.currency', 'currency')
      .addSelect('count(*)::int', 'orders')
      .addSelect(`count(*) FILTER (WHERE o.status <> 'cancelled')::int`, 'revenue_orders')
      .addSelect(`COALESCE(sum(o.total_amount - o.amount_refunded) FILTER (WHERE o.status <> 'cancelled'), 0)::bigint`, 'revenue')
      .groupBy('o.currency')
      .orderBy('o.currency')
      .getRawMany()) as Array<{ currency: string; orders: number; revenue_orders: number; revenue: string }>;
    const [orders, total] = await qb
      .orderBy('o.created_at', 'DESC')
      .addOrderBy('o.id', 'DESC')
      .skip((query.page - 1) * query.limit)
      .take(query.limit)
      .getManyAndCount();
    const byCurrency = statsRows.map((r) => ({
      currency: r.currency,
      totalOrders: r.orders,
      totalRevenue: Number(r.revenue),
      averageOrderValue: averageOf(Number(r.revenue), r.revenue_orders),
    }));
    const single = byCurrency.length === 1 ? byCurrency[0] : null;
    return {
      orders: await loadStaffOrderViews(this.tx, orders),
      pagination: { page: query.page, limit: query.limit, total, totalPages: Math.ceil(total / query.limit) },
      stats: {
        totalOrders: total,
        totalRevenue: byCurrency.length === 0 ? 0 : (single?.totalRevenue ?? null),
        averageOrderValue: byCurrency.length === 0 ? 0 : (single?.averageOrderValue ?? null),
        currency: single?.currency ?? null,
        byCurrency,
      },
    };
  }

  /** PATCH /orders/:id/status: the moves staffMoves maps it to, each through the state machine. */
  async setStatus(actor: Actor, request: UpdateStaffOrderStatusRequest): Promise<StaffOrderView> {
    // Walked through preparing or ready here (a pickup order completed from the dashboard): kitchen
    // follows the order's status events and brings the ticket along.
    return this.tx.run(async () => {
      const { order, restaurant } = await this.access.forRestaurant(actor, request.id);
      const moves = staffMoves(order, request.status);
      const payment = request.paymentStatus ? staffPaymentChange(order, request.paymentStatus) : null;
      if (payment) await this.orders.update(order, { payment_status: payment });
      for (const to of moves) {
        const reason = to === 'cancelled' ? (request.reason?.trim() || 'cancelled by the restaurant') : (request.reason?.trim() ?? null);
        await this.statuses.change(order, { to, actorId: actor.user_id, restaurantOwnerId: restaurant.owner_id, reason });
      }
      const fresh = await this.orders.get(order.id);
      return toStaffOrderView(fresh, await this.tx.repository(OrderItem).findBy({ order_id: order.id }));
    });
  }

  /** null: every restaurant (admins). */
  private async visibleRestaurants(actor: Actor, requested: string | undefined): Promise<string[] | null> {
    if (actor.role === 'admin') return requested ? [requested] : null;
    if (actor.restaurant_id) {
      const restaurant = await this.tx.repository(RestaurantReplica).findOneBy({ id: actor.restaurant_id });
      if (!restaurant) return [];
      requireRestaurantAccess(actor, restaurant, ANY_MEMBER);
      return [restaurant.id];
    }
    if (actor.role === 'restaurant_owner') {
      const owned = await this.tx.repository(RestaurantReplica).findBy({ owner_id: actor.user_id });
      return owned.map((r) => r.id);
    }
    return [];
  }
}

/** Whole minor units, half up. */
function averageOf(total: number, count: number): number {
  return count ? Math.floor((total * 2 + count) / (2 * count)) : 0;
}
