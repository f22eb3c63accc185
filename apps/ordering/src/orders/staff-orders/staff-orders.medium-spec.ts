// Staff orders (the restaurant dashboard's) against a real PostgreSQL: staff key orders in, list them
// with stats, and move them by the dashboard's statuses through the state machine.
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  Actor, MenuItemChanged, PlaceOrderRpcRequest as PlaceOrderRequest, staffOrdersPageOf, staffOrdersQueryOf, StaffOrdersQueryRequest, StaffOrdersQueryRpcRequest,
  staffOrderViewOf, staffPlaceOrderDataOf, StaffPlaceOrderRequest, StaffPlaceOrderRpcRequest, updateStaffOrderStatusDataOf, UpdateStaffOrderStatusRequest,
  UpdateStaffOrderStatusRpcRequest,
} from '@platter/contracts';
import { validData } from '@platter/service-kit';
import { FeatureTestingModule, rejection } from '@platter/testing';
import { OrderingConfig } from '../../ordering.config';
import { CopyMenuItemService } from '../../replicas/commands/copy-menu-item/copy-menu-item.service';
import { CopyRestaurantService } from '../../replicas/commands/copy-restaurant/copy-restaurant.service';
import { orderingServices } from '../../testing/ordering-services';
import { PlaceOrderService } from '../commands/place-order/place-order.service';
import { StaffOrdersService } from './staff-orders.service';

const restaurantId = randomUUID();
const otherRestaurantId = randomUUID();
const ownerId = randomUUID();
const waiter: Actor = { user_id: randomUUID(), role: 'restaurant_staff', restaurant_id: restaurantId, restaurant_role: 'staff' };
const owner: Actor = { user_id: ownerId, role: 'restaurant_owner' };
const otherStaff: Actor = { user_id: randomUUID(), role: 'restaurant_staff', restaurant_id: otherRestaurantId, restaurant_role: 'manager' };
const admin: Actor = { user_id: randomUUID(), role: 'admin' };
const customer: Actor = { user_id: randomUUID(), role: 'customer' };
const ndole = randomUUID();
const poisson = randomUUID();

describe('staff orders (PostgreSQL)', () => {
  let bed: FeatureTestingModule;
  let dataSource: DataSource;
  let staffOrders: StaffOrdersService;
  let placeOrder: PlaceOrderService;

  // Each request goes as the gateway sends it: the camelCase body checked, translated onto ordering's
  // message, checked again by ordering; the answer shown back in camelCase.
  const place = async (actor: Actor, { idempotencyKey, ...body }: Record<string, unknown>) => {
    // The gateway refuses a POST /orders without an Idempotency-Key: a call the test gives none gets a fresh one.
    const data = staffPlaceOrderDataOf(validData(StaffPlaceOrderRequest, body), (idempotencyKey as string | undefined) ?? randomUUID());
    return staffOrderViewOf(await staffOrders.place(actor, validData(StaffPlaceOrderRpcRequest, data)));
  };
  const list = async (actor: Actor, query: Record<string, unknown> = {}) =>
    staffOrdersPageOf(await staffOrders.list(actor, validData(StaffOrdersQueryRpcRequest, staffOrdersQueryOf(validData(StaffOrdersQueryRequest, query)))));
  const setStatus = async (actor: Actor, { id, ...body }: Record<string, unknown>) => {
    const data = updateStaffOrderStatusDataOf(id as string, validData(UpdateStaffOrderStatusRequest, body));
    return staffOrderViewOf(await staffOrders.setStatus(actor, validData(UpdateStaffOrderStatusRpcRequest, data)));
  };
  /** The cooking steps the order's order.status-changed events announce (kitchen follows them to bring the ticket along). */
  const cookingNews = async (orderId: string): Promise<string[]> =>
    (await dataSource.query(`SELECT envelope->'payload'->>'to' AS to_status FROM outbox WHERE routing_key = 'order.status-changed' AND envelope->'payload'->>'order_id' = $1 ORDER BY seq`, [orderId]))
      .map((r: { to_status: string }) => r.to_status)
      .filter((s: string) => s === 'preparing' || s === 'ready');

  beforeAll(async () => {
    const config = Object.assign(new OrderingConfig(), { TAX_RATE_BPS: 0, SERVICE_FEE: 0 });
    bed = await orderingServices(config);
    ({ dataSource } = bed);
    placeOrder = bed.get(PlaceOrderService);
    staffOrders = bed.get(StaffOrdersService);
    const copy = bed.get(CopyRestaurantService);
    await copy.apply({ restaurant_id: restaurantId, owner_id: ownerId, name: 'Chez Mama', currency: 'XAF' }, new Date('2026-01-01T10:00:00Z'));
    await copy.apply({ restaurant_id: otherRestaurantId, owner_id: randomUUID(), name: 'Ailleurs', currency: 'XAF' }, new Date('2026-01-01T10:00:00Z'));
    const item = (id: string, name: string, price: number): MenuItemChanged => ({
      item_id: id, restaurant_id: restaurantId, name, price, currency: 'XAF', is_available: true, category_id: null, deleted: false,
    });
    await bed.get(CopyMenuItemService).apply(item(ndole, 'Ndolé', 2500), new Date('2026-01-01T10:00:00Z'));
    await bed.get(CopyMenuItemService).apply(item(poisson, 'Poisson braisé', 6000), new Date('2026-01-01T10:00:00Z'));
  });

  afterAll(async () => {
    await bed?.close();
  });

  let dineIn: string;

  it('takes a dine-in cash order for the restaurant of the token, priced from the menu whatever the client said', async () => {
    const order = await place(waiter, {
      orderType: 'offline', items: [{ productId: ndole, quantity: 2, price: 1, notes: 'table 4' }], totalAmount: 2, customer: { name: 'Table 4', phone: '699 00 00 00' },
    });
    dineIn = order.id;
    expect(order).toMatchObject({
      restaurantId, totalAmount: 5000, subtotal: 5000, status: 'pending', platterStatus: 'confirmed', paymentStatus: 'unpaid', paymentMethod: 'cash',
      orderType: 'offline', deliveryType: 'dine_in', source: 'staff', customerId: null,
      customer: { id: null, name: 'Table 4', phone: '+237699000000', email: null },
      items: [{ productId: ndole, name: 'Ndolé', quantity: 2, price: 2500, totalPrice: 5000, variantName: null, modifiers: [], notes: 'table 4' }],
      deliveredAt: null,
    });
    expect(order.deliveryCode).toBeUndefined();
    const [row] = await dataSource.query(`SELECT source, placed_by, order_type FROM orders WHERE id = $1`, [order.id]);
    expect(row).toEqual({ source: 'staff', placed_by: waiter.user_id, order_type: 'offline' });
  });

  it('answers a retry with the same Idempotency-Key and body with the first order, and refuses another body', async () => {
    const body = { orderType: 'online', customerId: customer.user_id, deliveryType: 'pickup', items: [{ productId: poisson, quantity: 1 }], idempotencyKey: 'phone-1' };
    const first = await place(waiter, body);
    expect(await place(waiter, { ...body, items: [{ productId: poisson, quantity: 1, price: 99 }] })).toEqual(first);
    expect((await rejection(place(waiter, { ...body, items: [{ productId: poisson, quantity: 2 }] }))).code).toBe('IDEMPOTENCY_KEY_REUSED');
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM orders WHERE customer_id = $1`, [customer.user_id]);
    expect(n).toBe(1);
  });

  it('needs a phone to push mobile money to, and refuses card payments', async () => {
    const momo = await rejection(place(waiter, { orderType: 'online', items: [{ productId: ndole, quantity: 1 }], paymentMethod: 'campay' }));
    expect(momo.details).toEqual([{ field: 'customer.phone', message: "A campay payment is pushed to the customer's phone: customer.phone is required" }]);
    expect((await rejection(place(waiter, { orderType: 'online', items: [{ productId: ndole, quantity: 1 }], paymentMethod: 'stripe' }))).code).toBe('PAYMENT_METHOD_NOT_ALLOWED');
    const placed = await place(waiter, { orderType: 'online', items: [{ productId: ndole, quantity: 1 }], paymentMethod: 'noupay', customer: { name: 'Awa', phone: '+237670000077' } });
    expect(placed).toMatchObject({ status: 'pending', platterStatus: 'created', paymentStatus: 'unpaid' });
    const [row] = await dataSource.query(`SELECT payer_phone, payment_due_at FROM orders WHERE id = $1`, [placed.id]);
    expect(row.payer_phone).toBe('+237670000077');
    expect(row.payment_due_at).not.toBeNull();
  });

  it("keeps staff to their own restaurant's orders", async () => {
    expect((await rejection(setStatus(otherStaff, { id: dineIn, status: 'processing' }))).code).toBe('FORBIDDEN');
    expect((await list(otherStaff)).orders).toEqual([]);
  });

  it("moves an order by the dashboard's statuses along the state machine, and marks cash paid", async () => {
    expect(await setStatus(waiter, { id: dineIn, status: 'processing' })).toMatchObject({ status: 'processing', platterStatus: 'accepted' });
    expect((await rejection(setStatus(waiter, { id: dineIn, status: 'pending' }))).code).toBe('INVALID_STATE_TRANSITION');
    const done = await setStatus(waiter, { id: dineIn, status: 'completed', paymentStatus: 'paid' });
    expect(done).toMatchObject({ status: 'completed', platterStatus: 'completed', paymentStatus: 'paid' });
    expect(done.deliveredAt).not.toBeNull();
    const history = await dataSource.query(`SELECT from_status, to_status, actor_id FROM order_status_history WHERE order_id = $1 ORDER BY at`, [dineIn]);
    expect(history.map((h: { to_status: string }) => h.to_status)).toEqual(['created', 'confirmed', 'accepted', 'preparing', 'ready', 'completed']);
    expect(history.slice(2).every((h: { actor_id: string }) => h.actor_id === waiter.user_id)).toBe(true);
    // Walked through the cooking steps here: announced once each, so kitchen brings the ticket to done.
    expect(await cookingNews(dineIn)).toEqual(['preparing', 'ready']);
    // Already there: nothing to do, no error.
    expect((await setStatus(waiter, { id: dineIn, status: 'completed' })).platterStatus).toBe('completed');
    expect(await cookingNews(dineIn)).toEqual(['preparing', 'ready']);
    expect((await rejection(setStatus(waiter, { id: dineIn, status: 'cancelled' }))).code).toBe('INVALID_STATE_TRANSITION');
  });

  it('lists the restaurant’s orders with the dashboard’s filters and stats over every match', async () => {
    const client = await placeOrder.place(customer, validData(PlaceOrderRequest, { restaurant_id: restaurantId, items: [{ menu_item_id: ndole, quantity: 4 }], delivery_type: 'pickup', payment_method: 'cash' }));
    await setStatus(owner, { id: client.id, status: 'cancelled', reason: 'out of ndolé' });
    const all = await list(waiter, { limit: 2 });
    // dine-in 5 000 (completed), phone order 6 000, noupay 2 500, cancelled 10 000 (not revenue)
    expect(all.pagination).toEqual({ page: 1, limit: 2, total: 4, totalPages: 2 });
    expect(all.orders).toHaveLength(2);
    expect(all.stats).toEqual({
      totalOrders: 4, totalRevenue: 13_500, averageOrderValue: 4500, currency: 'XAF',
      byCurrency: [{ currency: 'XAF', totalOrders: 4, totalRevenue: 13_500, averageOrderValue: 4500 }],
    });
    expect((await list(waiter, { status: 'completed' })).orders.map((o) => o.id)).toEqual([dineIn]);
    expect((await list(waiter, { status: 'cancelled' })).orders.map((o) => o.id)).toEqual([client.id]);
    expect((await list(waiter, { status: 'cancelled' })).stats).toMatchObject({ totalOrders: 1, totalRevenue: 0, averageOrderValue: 0 });
    expect((await list(owner, { customerId: customer.user_id })).orders.map((o) => o.source).sort()).toEqual(['client', 'staff']);
    const today = new Date().toISOString().slice(0, 10);
    expect((await list(waiter, { startDate: today, endDate: today })).pagination.total).toBe(4);
    expect((await list(waiter, { endDate: '2020-01-01' })).pagination.total).toBe(0);
    expect((await list(admin, { restaurantId: otherRestaurantId })).pagination.total).toBe(0);
    expect((await list(admin)).pagination.total).toBe(4);
  });
});
