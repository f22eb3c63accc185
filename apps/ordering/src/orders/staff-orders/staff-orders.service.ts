import { Injectable } from '@nestjs/common';
import {
  Actor, DashboardOrdersPage, DashboardOrderView, StaffOrdersQueryRpcRequest, StaffPlaceOrderRpcRequest, UpdateStaffOrderStatusRpcRequest,
} from '@platter/contracts';
import { TransactionHost, requestHash } from '@platter/persistence';
import { ANY_MEMBER, requireRestaurantAccess } from '@platter/service-kit';
import { RestaurantReplicaRepository } from '../../replicas/restaurant-replica.repository';
import { actorRestaurant } from '../actor-restaurant';
import { IdempotencyKeys } from '../commands/place-order/idempotency-keys';
import { OrderInput, PlaceOrderService } from '../commands/place-order/place-order.service';
import { OrderStatusChanger } from '../order-status-changer';
import { OrderAccess } from '../order-access';
import { OrderRepository } from '../order.repository';
import { staffMoves, staffPaymentChange, statusesMatching } from '../domain/staff-status';
import { toDashboardOrderView, toDashboardOrderViews } from './staff-order.view';
import { StaffOrdersFilter, StaffOrdersRepository } from './staff-orders.repository';

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
    private readonly access: OrderAccess,
    private readonly orders: OrderRepository,
    private readonly restaurants: RestaurantReplicaRepository,
    private readonly dashboard: StaffOrdersRepository,
  ) {}

  /** For the restaurant the staff member's token acts for; same Idempotency-Key and body → the first answer. */
  async place(actor: Actor, request: StaffPlaceOrderRpcRequest): Promise<DashboardOrderView> {
    return this.tx.run(async () => {
      const restaurant = await actorRestaurant(this.restaurants, actor, 'Orders can be taken');
      requireRestaurantAccess(actor, restaurant, ANY_MEMBER);
      const input: OrderInput = {
        restaurant_id: restaurant.id,
        items: request.items.map((i) => ({
          menu_item_id: i.menu_item_id, quantity: i.quantity, variant_id: i.variant_id, modifier_ids: i.modifier_ids, notes: i.notes,
        })),
        delivery_type: request.delivery_type ?? 'dine_in',
        delivery_address: request.delivery_address,
        payment_method: request.payment_method ?? 'cash',
      };
      const key = request.idempotency_key ? `${KEY_PREFIX}${request.idempotency_key}` : null;
      if (key) {
        // Only what is read counts as "the same body" (a client price is ignored either way).
        const hash = requestHash({ ...input, customerId: request.customer_id, orderType: request.order_type, customer: request.customer });
        const earlier = await this.keys.claim<DashboardOrderView>(actor.user_id, key, hash);
        if (earlier) return earlier;
      }
      const { order, items } = await this.placeOrder.placeForStaff(
        { staffId: actor.user_id, customerId: request.customer_id ?? null, contact: request.customer ? { name: request.customer.name.trim(), phone: request.customer.phone } : null },
        input,
        request.order_type,
      );
      const view = toDashboardOrderView(order, items, { withDeliveryCode: true });
      if (key) await this.keys.remember(actor.user_id, key, view);
      return view;
    });
  }

  /** The actor's restaurant's orders (an owner's restaurants when the token names none); admins see every restaurant's. */
  async list(actor: Actor, query: StaffOrdersQueryRpcRequest): Promise<DashboardOrdersPage> {
    const filter: StaffOrdersFilter = {
      restaurantIds: await this.visibleRestaurants(actor, query.restaurant_id),
      statuses: query.status ? (statusesMatching(query.status) ?? []) : undefined,
      customerId: query.customer_id,
      createdFrom: query.from ? new Date(query.from) : undefined,
    };
    if (query.to) {
      // A date alone means the whole of that day (UTC); a time is an inclusive bound.
      const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(query.to);
      const end = new Date(query.to);
      if (dayOnly) filter.createdBefore = new Date(end.getTime() + 86_400_000);
      else filter.createdUntil = end;
    }
    const statsRows = await this.dashboard.statsByCurrency(filter);
    const [orders, total] = await this.dashboard.page(filter, query.page, query.limit);
    const byCurrency = statsRows.map((r) => ({
      currency: r.currency,
      total_orders: r.orders,
      total_revenue: Number(r.revenue),
      average_order_value: averageOf(Number(r.revenue), r.revenue_orders),
    }));
    const single = byCurrency.length === 1 ? byCurrency[0] : null;
    const items = orders.length ? await this.orders.itemsOf(orders.map((o) => o.id)) : [];
    return {
      items: toDashboardOrderViews(orders, items),
      pagination: { page: query.page, limit: query.limit, total, totalPages: Math.ceil(total / query.limit) },
      stats: {
        total_orders: total,
        total_revenue: byCurrency.length === 0 ? 0 : (single?.total_revenue ?? null),
        average_order_value: byCurrency.length === 0 ? 0 : (single?.average_order_value ?? null),
        currency: single?.currency ?? null,
        by_currency: byCurrency,
      },
    };
  }

  /** PATCH /orders/:id/status: the moves staffMoves maps it to, each through the state machine. */
  async setStatus(actor: Actor, request: UpdateStaffOrderStatusRpcRequest): Promise<DashboardOrderView> {
    // Walked through preparing or ready here (a pickup order completed from the dashboard): kitchen
    // follows the order's status events and brings the ticket along.
    return this.tx.run(async () => {
      const { order, restaurant } = await this.access.forRestaurant(actor, request.id);
      const moves = staffMoves(order, request.status);
      const payment = request.payment_status ? staffPaymentChange(order, request.payment_status) : null;
      if (payment) await this.orders.update(order, { payment_status: payment });
      for (const to of moves) {
        const reason = to === 'cancelled' ? (request.reason?.trim() || 'cancelled by the restaurant') : (request.reason?.trim() ?? null);
        await this.statuses.change(order, { to, actorId: actor.user_id, restaurantOwnerId: restaurant.owner_id, reason });
      }
      const fresh = await this.orders.get(order.id);
      return toDashboardOrderView(fresh, await this.orders.itemsOf([order.id]));
    });
  }

  /** null: every restaurant (admins). */
  private async visibleRestaurants(actor: Actor, requested: string | undefined): Promise<string[] | null> {
    if (actor.role === 'admin') return requested ? [requested] : null;
    if (actor.restaurant_id) {
      const restaurant = await this.restaurants.find(actor.restaurant_id);
      if (!restaurant) return [];
      requireRestaurantAccess(actor, restaurant, ANY_MEMBER);
      return [restaurant.id];
    }
    if (actor.role === 'restaurant_owner') {
      const owned = await this.dashboard.restaurantsOwnedBy(actor.user_id);
      return owned.map((r) => r.id);
    }
    return [];
  }
}

/** Whole minor units, half up. */
function averageOf(total: number, count: number): number {
  return count ? Math.floor((total * 2 + count) / (2 * count)) : 0;
}
