// Placement with everything that prices an order, against a real PostgreSQL: variants and
// modifiers, the restaurant's own tax rate and service fee (restaurant.config-changed), coupons
// (also when orders race for the last use), loyalty points, free delivery, and what the order and
// its order.created event then carry.
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor, MenuItemChanged, OrderView, PlatterError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { validData } from '@platter/service-kit';
import { FeatureTestingModule, rejection } from '@platter/testing';
import { orderingServices } from '../../../testing/ordering-services';
import { CreateCouponRpcRequest as CreateCouponRequest } from '@platter/contracts';
import { ManageCouponsService } from '../../../coupons/commands/manage-coupons/manage-coupons.service';
import { LoyaltyLedger } from '../../../loyalty/loyalty-ledger';
import { OrderingConfig } from '../../../ordering.config';
import { CopyDeliveryZoneService } from '../../../replicas/commands/copy-delivery-zone/copy-delivery-zone.service';
import { CopyMenuItemService } from '../../../replicas/commands/copy-menu-item/copy-menu-item.service';
import { CopyRestaurantConfigService } from '../../../replicas/commands/copy-restaurant-config/copy-restaurant-config.service';
import { CopyRestaurantService } from '../../../replicas/commands/copy-restaurant/copy-restaurant.service';
import { MoveOrderService } from '../move-order/move-order.service';
import { KitchenTickets } from '../move-order/kitchen-tickets';
import { PlaceGuestOrderRpcRequest as PlaceGuestOrderRequest } from '@platter/contracts';
import { PlaceOrderRpcRequest as PlaceOrderRequest } from '@platter/contracts';
import { PlaceOrderService } from './place-order.service';

const restaurantId = randomUUID();
const otherRestaurantId = randomUUID();
const ownerId = randomUUID();
const owner: Actor = { user_id: ownerId, role: 'restaurant_owner', restaurant_id: restaurantId, restaurant_role: 'owner' };
const admin: Actor = { user_id: randomUUID(), role: 'admin' };
const newCustomer = (): Actor => ({ user_id: randomUUID(), role: 'customer', email: `c${Math.random().toString(36).slice(2)}@example.cm` });
const ids = { pizza: randomUUID(), ndole: randomUUID(), koki: randomUUID(), large: randomUUID(), small: randomUUID(), crust: randomUUID() };
const opt = { thin: randomUUID(), stuffed: randomUUID(), cheese: randomUUID(), truffle: randomUUID(), extras: randomUUID() };
const at = (iso: string) => new Date(iso);
const address = { address: 'Rue Joss, Douala', latitude: 4.0511, longitude: 9.7679 };


/** Kitchen as the restaurant's cooking steps find it: the ticket moves where it is asked to. */
const kitchenTickets: KitchenTickets = {
  moveForOrder: async (_actor, orderId, step) => ({ ticket_id: randomUUID(), order_id: orderId, status: step === 'preparing' ? 'in_progress' : 'done' }),
};

describe('placing an order: variants, modifiers, restaurant settings, coupons and points (PostgreSQL)', () => {
  let bed: FeatureTestingModule;
  let dataSource: DataSource;
  let tx: TransactionHost;
  let placeOrder: PlaceOrderService;
  let moveOrder: MoveOrderService;
  let coupons: ManageCouponsService;
  let loyalty: LoyaltyLedger;
  let copyConfig: CopyRestaurantConfigService;

  const place = (actor: Actor, body: Record<string, unknown>) => placeOrder.place(actor, validData(PlaceOrderRequest, body));
  const createCoupon = (actor: Actor, body: Record<string, unknown>) => coupons.create(actor, validData(CreateCouponRequest, body));
  const giveTo = (actor: Actor, points: number) => tx.run(() => loyalty.earn({ customerId: actor.user_id, points, kind: 'adjustment', key: `test:${randomUUID()}` }));
  const pizzaLine = { menu_item_id: ids.pizza, quantity: 2, variant_id: ids.large, modifier_ids: [opt.stuffed, opt.cheese] }; // 2 × (6000 + 800 + 500)
  const ndoleLine = { menu_item_id: ids.ndole, quantity: 1 }; // 2500
  const usesOf = async (code: string) => Number((await dataSource.query(`SELECT uses_count FROM coupons WHERE code = $1`, [code]))[0].uses_count);
  const createdEvent = async (orderId: string) =>
    (await dataSource.query(`SELECT envelope FROM outbox WHERE routing_key = 'order.created' AND envelope->'payload'->>'order_id' = $1`, [orderId]))[0].envelope.payload;

  beforeAll(async () => {
    const config = Object.assign(new OrderingConfig(), { TAX_RATE_BPS: 1000, SERVICE_FEE: 100, ORDER_PAYMENT_WINDOW_SECONDS: 900 });
    bed = await orderingServices(config, [{ provide: KitchenTickets, useValue: kitchenTickets }]);
    ({ dataSource, tx } = bed);
    loyalty = bed.get(LoyaltyLedger);
    placeOrder = bed.get(PlaceOrderService);
    moveOrder = bed.get(MoveOrderService);
    coupons = bed.get(ManageCouponsService);
    copyConfig = bed.get(CopyRestaurantConfigService);

    const copyRestaurant = bed.get(CopyRestaurantService);
    await copyRestaurant.apply({ restaurant_id: restaurantId, owner_id: ownerId, name: 'Pizza Douala', currency: 'XAF', commission_rate: 0.12 }, at('2026-01-01T10:00:00Z'));
    await copyRestaurant.apply({ restaurant_id: otherRestaurantId, owner_id: randomUUID(), name: 'Chez Other', currency: 'XAF' }, at('2026-01-01T10:00:00Z'));
    await bed.get(CopyDeliveryZoneService).apply(
      {
        zone_id: randomUUID(), restaurant_id: restaurantId, name: 'Douala', kind: 'radius', center_lat: 4.05, center_lng: 9.7, radius_km: 10, polygon: null,
        delivery_fee: 1000, minimum_order: 0, estimated_minutes: 40, is_active: true, deleted: false,
      },
      at('2026-01-01T10:00:00Z'),
    );
    const copyMenu = bed.get(CopyMenuItemService);
    const item = (over: Partial<MenuItemChanged> & { item_id: string; name: string; price: number }): MenuItemChanged => ({
      restaurant_id: restaurantId, currency: 'XAF', is_available: true, category_id: null, deleted: false, ...over,
    });
    await copyMenu.apply(
      item({
        item_id: ids.pizza, name: 'Pizza', price: 4000,
        variants: [{ id: ids.small, name: 'Petite', price: 3500 }, { id: ids.large, name: 'Grande', price: 6000 }],
        modifier_groups: [
          { id: ids.crust, name: 'Pâte', min_choices: 1, max_choices: 1, options: [
            { id: opt.thin, name: 'Fine', price_delta: 0, is_available: true },
            { id: opt.stuffed, name: 'Bord farci', price_delta: 800, is_available: true },
          ] },
          { id: opt.extras, name: 'Suppléments', min_choices: 0, max_choices: 2, options: [
            { id: opt.cheese, name: 'Fromage', price_delta: 500, is_available: true },
            { id: opt.truffle, name: 'Truffe', price_delta: 5000, is_available: false },
          ] },
        ],
      }),
      at('2026-01-01T10:00:01Z'),
    );
    await copyMenu.apply(item({ item_id: ids.ndole, name: 'Ndolé', price: 2500 }), at('2026-01-01T10:00:01Z'));
    await copyMenu.apply(item({ item_id: ids.koki, name: 'Koki', price: 1500, restaurant_id: otherRestaurantId }), at('2026-01-01T10:00:01Z'));
  });

  afterAll(async () => {
    await bed?.close();
  });

  it("prices a variant, modifiers, the restaurant's own tax and service fee, a coupon and points exactly, and announces it all", async () => {
    await copyConfig.apply({ restaurant_id: restaurantId, key: 'tax_rate', value: '19.25' }, at('2026-01-02T10:00:00Z'));
    await copyConfig.apply({ restaurant_id: restaurantId, key: 'service_fee', value: '250' }, at('2026-01-02T10:00:00Z'));
    // An older event arriving late changes nothing.
    expect(await copyConfig.apply({ restaurant_id: restaurantId, key: 'tax_rate', value: '5' }, at('2026-01-01T10:00:00Z'))).toBe(false);
    await createCoupon(owner, { scope: 'restaurant', code: 'Pizza10', discount_type: 'percent', percent_bps: 1000, max_discount: 5000 });
    const customer = newCustomer();
    await giveTo(customer, 1000);

    const order = await place(customer, {
      restaurant_id: restaurantId, items: [pizzaLine, ndoleLine], delivery_type: 'delivery', delivery_address: address,
      payment_method: 'campay', coupon_code: 'pizza10', loyalty_points: 500, payer_phone: '670 00 00 01',
    });
    // 14 600 + 2 500 = 17 100; coupon 10 % = 1 710; points 500 → 14 890 taxed at 19.25 % = 2 866.3 → 2 866
    expect(order).toMatchObject({
      subtotal: 17_100, discount_amount: 2210, tax_amount: 2866, delivery_fee: 1000, service_fee: 250, total_amount: 19_006,
      coupon_code: 'Pizza10', loyalty_points_redeemed: 500, amount_refunded: 0, status: 'created', driver_id: null,
    });
    expect(order.items).toEqual([
      { menu_item_id: ids.pizza, name: 'Pizza', quantity: 2, unit_price: 7300, total_price: 14_600, notes: null, variant_name: 'Grande', modifiers: ['Bord farci', 'Fromage'] },
      { menu_item_id: ids.ndole, name: 'Ndolé', quantity: 1, unit_price: 2500, total_price: 2500, notes: null, variant_name: null, modifiers: [] },
    ]);
    expect(order.delivery_code).toMatch(/^\d{4}$/);
    const due = Date.parse(order.payment_due_at!) - Date.now();
    expect(due).toBeGreaterThan(890_000);
    expect(due).toBeLessThanOrEqual(900_000);

    expect(await createdEvent(order.id)).toMatchObject({
      subtotal: 17_100, discount_amount: 2210, tax_amount: 2866, delivery_fee: 1000, service_fee: 250, total_amount: 19_006,
      commission_rate_bps: 1200, payer_phone: '+237670000001', payer_email: customer.email, payment_due_at: order.payment_due_at,
      delivery_code: order.delivery_code, delivery_address: address,
      items: [expect.objectContaining({ unit_price: 7300, variant_name: 'Grande', modifiers: ['Bord farci', 'Fromage'] }), expect.objectContaining({ variant_name: null, modifiers: [] })],
    });
    const [row] = await dataSource.query(`SELECT commission_rate_bps, source, payer_phone, step_due_at, payment_due_at FROM orders WHERE id = $1`, [order.id]);
    expect(row).toMatchObject({ commission_rate_bps: 1200, source: 'client', payer_phone: '+237670000001' });
    expect(row.step_due_at).toEqual(row.payment_due_at);
    const [item] = await dataSource.query(`SELECT variant_id, variant_name, modifiers FROM order_items WHERE order_id = $1 AND menu_item_id = $2`, [order.id, ids.pizza]);
    expect(item).toEqual({ variant_id: ids.large, variant_name: 'Grande', modifiers: [{ id: opt.stuffed, name: 'Bord farci', price_delta: 800 }, { id: opt.cheese, name: 'Fromage', price_delta: 500 }] });
    expect(await loyalty.balance(customer.user_id)).toBe(500);
    expect(await usesOf('Pizza10')).toBe(1);
  });

  it('goes back to the platform defaults when a setting is reset (null)', async () => {
    await copyConfig.apply({ restaurant_id: restaurantId, key: 'tax_rate', value: null }, at('2026-01-03T10:00:00Z'));
    const order = await place(newCustomer(), { restaurant_id: restaurantId, items: [ndoleLine], delivery_type: 'pickup', payment_method: 'cash' });
    expect(order).toMatchObject({ subtotal: 2500, tax_amount: 250, service_fee: 250, total_amount: 3000, status: 'confirmed', payment_due_at: null });
    expect(order.delivery_code).toBeUndefined();
  });

  it('spends 200 points on a free delivery', async () => {
    const customer = newCustomer();
    await giveTo(customer, 300);
    const order = await place(customer, {
      restaurant_id: restaurantId, items: [ndoleLine], delivery_type: 'delivery', delivery_address: address, payment_method: 'cash', redeem_free_delivery: true,
    });
    expect(order).toMatchObject({ delivery_fee: 0, discount_amount: 0, loyalty_points_redeemed: 200, total_amount: 2500 + 250 + 250 });
    expect(await loyalty.balance(customer.user_id)).toBe(100);
  });

  it('refuses more points than the customer has, keeping nothing of the attempt', async () => {
    const customer = newCustomer();
    await giveTo(customer, 300);
    await createCoupon(owner, { scope: 'restaurant', code: 'ONCE', discount_type: 'fixed', amount: 100, max_uses: 1 });
    const err = await rejection(place(customer, { restaurant_id: restaurantId, items: [ndoleLine], delivery_type: 'pickup', payment_method: 'cash', loyalty_points: 400, coupon_code: 'once' }));
    expect(err.code).toBe('INSUFFICIENT_POINTS');
    expect(await dataSource.query(`SELECT id FROM orders WHERE customer_id = $1`, [customer.user_id])).toEqual([]);
    expect(await usesOf('ONCE')).toBe(0);
    expect(await loyalty.balance(customer.user_id)).toBe(300);
  });

  it("says why a coupon does not apply (422 COUPON_NOT_APPLICABLE)", async () => {
    await createCoupon(owner, { scope: 'restaurant', code: 'BIG', discount_type: 'fixed', amount: 1000, min_subtotal: 10_000 });
    await createCoupon(owner, { scope: 'restaurant', code: 'LATER', discount_type: 'fixed', amount: 1000, starts_at: '2099-01-01T00:00:00Z' });
    await createCoupon(owner, { scope: 'restaurant', code: 'OFF', discount_type: 'fixed', amount: 1000, is_active: false });
    const body = { restaurant_id: restaurantId, items: [ndoleLine], delivery_type: 'pickup', payment_method: 'cash' };
    const why = async (code: string, actor = newCustomer(), over: Record<string, unknown> = {}) => {
      const err = await rejection(place(actor, { ...body, ...over, coupon_code: code }));
      expect(err.code).toBe('COUPON_NOT_APPLICABLE');
      expect(err.status).toBe(422);
      return err.message;
    };
    expect(await why('NOPE')).toBe('Coupon NOPE does not exist');
    expect(await why('big')).toBe('Coupon BIG needs a subtotal of at least 10000 XAF (this order: 2500 XAF)');
    expect(await why('LATER')).toBe('Coupon LATER is not valid before 2099-01-01T00:00:00.000Z');
    expect(await why('off')).toBe('Coupon OFF is not active');
    // A restaurant's code is its own: not valid at another restaurant.
    expect(await why('pizza10', newCustomer(), { restaurant_id: otherRestaurantId, items: [{ menu_item_id: ids.koki, quantity: 1 }] })).toBe('Coupon pizza10 does not exist');
  });

  it('limits uses per customer, counting a guest by phone', async () => {
    await createCoupon(owner, { scope: 'restaurant', code: 'HELLO', discount_type: 'fixed', amount: 300, per_customer_limit: 1 });
    const customer = newCustomer();
    const body = { restaurant_id: restaurantId, items: [ndoleLine], delivery_type: 'pickup', payment_method: 'cash', coupon_code: 'HELLO' };
    expect((await place(customer, body)).discount_amount).toBe(300);
    expect((await rejection(place(customer, body))).message).toBe('Coupon HELLO can be used 1 time per customer, and you have used it already');
    const guest = (phone: string) => placeOrder.placeForGuest(validData(PlaceGuestOrderRequest, { ...body, guest: { name: 'Awa', phone } }));
    expect((await guest('670 11 22 33')).order.discount_amount).toBe(300);
    expect((await rejection(guest('+237670112233'))).code).toBe('COUPON_NOT_APPLICABLE');
    expect(await usesOf('HELLO')).toBe(2);
  });

  it('applies a platform coupon at any restaurant, and prefers the restaurant’s own code', async () => {
    await createCoupon(admin, { scope: 'platform', code: 'PLATTER', discount_type: 'percent', percent_bps: 5000 });
    await createCoupon(owner, { scope: 'restaurant', code: 'platter', discount_type: 'fixed', amount: 100 });
    const elsewhere = await place(newCustomer(), { restaurant_id: otherRestaurantId, items: [{ menu_item_id: ids.koki, quantity: 1 }], delivery_type: 'pickup', payment_method: 'cash', coupon_code: 'Platter' });
    expect(elsewhere).toMatchObject({ subtotal: 1500, discount_amount: 750, coupon_code: 'PLATTER' });
    const here = await place(newCustomer(), { restaurant_id: restaurantId, items: [ndoleLine], delivery_type: 'pickup', payment_method: 'cash', coupon_code: 'PLATTER' });
    expect(here).toMatchObject({ discount_amount: 100, coupon_code: 'platter' });
  });

  it('gives the use back when the order is cancelled before it was paid or accepted, not after it was paid', async () => {
    await createCoupon(owner, { scope: 'restaurant', code: 'BACK', discount_type: 'fixed', amount: 200, max_uses: 5 });
    const body = { restaurant_id: restaurantId, items: [ndoleLine], delivery_type: 'pickup', coupon_code: 'BACK' };
    const cash = await place(newCustomer(), { ...body, payment_method: 'cash' });
    const paid = await place(newCustomer(), { ...body, payment_method: 'campay' });
    expect(await usesOf('BACK')).toBe(2);
    await moveOrder.move(owner, cash.id, 'cancelled', 'closing early');
    expect(await usesOf('BACK')).toBe(1);
    await dataSource.query(`UPDATE orders SET status = 'confirmed', payment_status = 'completed' WHERE id = $1`, [paid.id]);
    await moveOrder.move(owner, paid.id, 'cancelled', 'closing early');
    expect(await usesOf('BACK')).toBe(1);
    const released = await dataSource.query(`SELECT order_id FROM coupon_redemptions WHERE released_at IS NOT NULL AND order_id = ANY($1)`, [[cash.id, paid.id]]);
    expect(released).toEqual([{ order_id: cash.id }]);
  });

  it('lets exactly one of ten orders racing for the last use of a coupon have it', async () => {
    await createCoupon(owner, { scope: 'restaurant', code: 'LAST1', discount_type: 'fixed', amount: 500, max_uses: 3 });
    await place(newCustomer(), { restaurant_id: restaurantId, items: [ndoleLine], delivery_type: 'pickup', payment_method: 'cash', coupon_code: 'LAST1' });
    await place(newCustomer(), { restaurant_id: restaurantId, items: [ndoleLine], delivery_type: 'pickup', payment_method: 'cash', coupon_code: 'LAST1' });
    const racers = Array.from({ length: 10 }, () => newCustomer());
    const results = await Promise.allSettled(
      racers.map((c) => place(c, { restaurant_id: restaurantId, items: [ndoleLine], delivery_type: 'pickup', payment_method: 'cash', coupon_code: 'LAST1' })),
    );
    const won = results.filter((r): r is PromiseFulfilledResult<OrderView> => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(won[0].value.discount_amount).toBe(500);
    expect(lost.map((r) => (r.reason as PlatterError).message)).toEqual(Array(9).fill('Coupon LAST1 has been used up'));
    expect(await usesOf('LAST1')).toBe(3);
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM coupon_redemptions r JOIN coupons c ON c.id = r.coupon_id WHERE c.code = 'LAST1'`);
    expect(n).toBe(3);
  });

  it('refuses a guest paying by card or wallet, or spending points', async () => {
    const body = { restaurant_id: restaurantId, items: [ndoleLine], delivery_type: 'pickup', guest: { name: 'Awa', phone: '+237670000009' } };
    for (const method of ['stripe', 'paymob', 'wallet']) {
      const err = await rejection(placeOrder.placeForGuest(validData(PlaceGuestOrderRequest, { ...body, payment_method: method })));
      expect([err.code, err.status]).toEqual(['PAYMENT_METHOD_NOT_ALLOWED', 422]);
    }
    expect((await rejection(placeOrder.placeForGuest(validData(PlaceGuestOrderRequest, { ...body, payment_method: 'cash', loyalty_points: 100 })))).status).toBe(422);
    const placed = await placeOrder.placeForGuest(validData(PlaceGuestOrderRequest, { ...body, payment_method: 'noupay', guest: { ...body.guest, email: 'Awa@Example.cm' } }));
    const event = await createdEvent(placed.order.id);
    expect(event).toMatchObject({ payer_phone: '+237670000009', payer_email: 'awa@example.cm', customer_id: null });
    const [row] = await dataSource.query(`SELECT source FROM orders WHERE id = $1`, [placed.order.id]);
    expect(row.source).toBe('guest');
  });

  it('gives 50 orders placed at once 50 different order numbers', async () => {
    const placed = await Promise.all(
      Array.from({ length: 50 }, () => place(newCustomer(), { restaurant_id: restaurantId, items: [ndoleLine], delivery_type: 'pickup', payment_method: 'cash' })),
    );
    expect(new Set(placed.map((o) => o.order_number)).size).toBe(50);
    expect(new Set(placed.map((o) => o.id)).size).toBe(50);
  });
});
