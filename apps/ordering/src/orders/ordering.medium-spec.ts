// Ordering against a real PostgreSQL: a throwaway schema in platter_test, the service's own
// migrations, and the use-case services driven directly with a real TransactionHost/EventPublisher.
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor, MenuItemChanged, OrderView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { FeatureTestingModule } from '@platter/testing';
import { orderingServices } from '../testing/ordering-services';
import { OrderingConfig } from '../ordering.config';
import { CopyDeliveryZoneService } from '../replicas/commands/copy-delivery-zone/copy-delivery-zone.service';
import { CopyMenuItemService } from '../replicas/commands/copy-menu-item/copy-menu-item.service';
import { CopyRestaurantService } from '../replicas/commands/copy-restaurant/copy-restaurant.service';
import { validData } from '@platter/service-kit';
import { MoveOrderService } from './commands/move-order/move-order.service';
import { KitchenTickets } from './commands/move-order/kitchen-tickets';
import { PlaceOrderRpcRequest as PlaceOrderRequest } from '@platter/contracts';
import { PlaceOrderService } from './commands/place-order/place-order.service';
import { OrderRepository } from './order.repository';
import { GetCustomerOrderRpc } from './queries/get-customer-order/get-customer-order.rpc';

const owner: Actor = { user_id: randomUUID(), role: 'restaurant_owner' };
const customer: Actor = { user_id: randomUUID(), role: 'customer' };
const otherCustomer: Actor = { user_id: randomUUID(), role: 'customer' };
const stranger: Actor = { user_id: randomUUID(), role: 'restaurant_owner' };
const restaurantId = randomUUID();
const ndole = randomUUID();
const poulet = randomUUID();
const koki = randomUUID();
const at = (iso: string) => new Date(iso);
const item = (id: string, name: string, price: number, is_available = true): MenuItemChanged => ({
  item_id: id, restaurant_id: restaurantId, name, price, currency: 'XAF', is_available, category_id: null, deleted: false,
});


/** Kitchen as the restaurant's cooking steps find it: the ticket moves where it is asked to. */
const kitchenTickets: KitchenTickets = {
  moveForOrder: async (_actor, orderId, step) => ({ ticket_id: randomUUID(), order_id: orderId, status: step === 'preparing' ? 'in_progress' : 'done' }),
};

describe('ordering (PostgreSQL)', () => {
  let bed: FeatureTestingModule;
  let dataSource: DataSource;
  let tx: TransactionHost;
  let copyRestaurant: CopyRestaurantService;
  let copyMenuItem: CopyMenuItemService;
  let placeOrder: PlaceOrderService;
  let moveOrder: MoveOrderService;

  const place = (actor: Actor, body: Record<string, unknown>) => placeOrder.place(actor, validData(PlaceOrderRequest, body));
  const count = async (sql: string, params: unknown[] = []) => Number((await dataSource.query(sql, params))[0].n);

  beforeAll(async () => {
    const config = Object.assign(new OrderingConfig(), { TAX_RATE_BPS: 1000, SERVICE_FEE: 100 });
    bed = await orderingServices(config, [{ provide: KitchenTickets, useValue: kitchenTickets }]);
    ({ dataSource, tx } = bed);
    copyRestaurant = bed.get(CopyRestaurantService);
    copyMenuItem = bed.get(CopyMenuItemService);
    placeOrder = bed.get(PlaceOrderService);
    moveOrder = bed.get(MoveOrderService);
  });

  afterAll(async () => {
    await bed?.close();
  });

  it('feeds its menu copy from events, idempotently, never letting an older event win', async () => {
    await copyRestaurant.apply({ restaurant_id: restaurantId, owner_id: owner.user_id, name: 'Chez Mama', currency: 'XAF' }, at('2026-01-01T10:00:00Z'));
    // Delivery orders below go to Rue Joss, about 7.5 km from Akwa: inside this 10 km zone.
    await bed.get(CopyDeliveryZoneService).apply(
      {
        zone_id: randomUUID(), restaurant_id: restaurantId, name: 'Douala', kind: 'radius', center_lat: 4.05, center_lng: 9.7, radius_km: 10, polygon: null,
        delivery_fee: 1000, minimum_order: 0, estimated_minutes: 40, is_active: true, deleted: false,
      },
      at('2026-01-01T10:00:00Z'),
    );
    expect(await copyMenuItem.apply(item(ndole, 'Ndolé', 2500), at('2026-01-01T10:00:01Z'))).toBe(true);
    expect(await copyMenuItem.apply(item(ndole, 'Ndolé', 2500), at('2026-01-01T10:00:01Z'))).toBe(true);
    expect(await copyMenuItem.apply(item(ndole, 'Ndolé (old price)', 99), at('2026-01-01T09:00:00Z'))).toBe(false);
    await copyMenuItem.apply(item(poulet, 'Poulet DG', 4000), at('2026-01-01T10:00:02Z'));
    await copyMenuItem.apply(item(poulet, 'Poulet DG', 4500), at('2026-01-01T10:05:00Z'));
    await copyMenuItem.apply(item(koki, 'Koki', 1500, false), at('2026-01-01T10:00:03Z'));

    const rows = await dataSource.query(`SELECT id, name, price FROM menu_item_replicas ORDER BY price`);
    expect(rows).toEqual([
      { id: koki, name: 'Koki', price: 1500 },
      { id: ndole, name: 'Ndolé', price: 2500 },
      { id: poulet, name: 'Poulet DG', price: 4500 },
    ]);
    expect(await count(`SELECT count(*) AS n FROM restaurant_replicas`)).toBe(1);
  });

  let deliveryOrder: OrderView;
  const deliveryBody = {
    restaurant_id: restaurantId,
    // A client-sent price must not matter.
    items: [{ menu_item_id: ndole, quantity: 2, unit_price: 1, notes: 'no pepper' }, { menu_item_id: poulet, quantity: 1 }],
    delivery_type: 'delivery',
    delivery_address: { address: 'Rue Joss, Douala', latitude: 4.0511, longitude: 9.7679 },
    payment_method: 'campay',
    idempotency_key: 'key-1',
  };

  it('places an order priced from its menu copy, and announces it', async () => {
    deliveryOrder = await place(customer, deliveryBody);
    expect(deliveryOrder).toMatchObject({
      restaurant_id: restaurantId,
      customer_id: customer.user_id,
      status: 'created',
      subtotal: 9500, // 2 × 2500 + 4500
      tax_amount: 950,
      delivery_fee: 1000,
      service_fee: 100,
      total_amount: 11550,
      currency: 'XAF',
      payment_method: 'campay',
      payment_status: 'pending',
    });
    expect(deliveryOrder.order_number).toMatch(/^ORD-\d{8}-[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(deliveryOrder.items).toEqual([
      { menu_item_id: ndole, name: 'Ndolé', quantity: 2, unit_price: 2500, total_price: 5000, notes: 'no pepper', variant_name: null, modifiers: [] },
      { menu_item_id: poulet, name: 'Poulet DG', quantity: 1, unit_price: 4500, total_price: 4500, notes: null, variant_name: null, modifiers: [] },
    ]);
    const [created] = await dataSource.query(`SELECT envelope FROM outbox WHERE routing_key = 'order.created' AND envelope->'payload'->>'order_id' = $1`, [deliveryOrder.id]);
    expect(created.envelope.payload).toMatchObject({
      order_number: deliveryOrder.order_number,
      restaurant_owner_id: owner.user_id,
      status: 'created',
      total_amount: 11550,
      items: [expect.objectContaining({ name: 'Ndolé', unit_price: 2500, quantity: 2 }), expect.objectContaining({ name: 'Poulet DG', unit_price: 4500 })],
    });
  });

  it('answers a retry with the same Idempotency-Key and body with the first order', async () => {
    const replay = await place(customer, { ...deliveryBody, items: [...deliveryBody.items] });
    expect(replay.id).toBe(deliveryOrder.id);
    expect(replay).toEqual(deliveryOrder);
    expect(await count(`SELECT count(*) AS n FROM orders`)).toBe(1);
  });

  it('refuses the same Idempotency-Key with another body (422)', async () => {
    await expect(place(customer, { ...deliveryBody, items: [{ menu_item_id: ndole, quantity: 3 }] })).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      status: 422,
    });
    // The key belongs to its customer: another customer may use the same one.
    const theirs = await place(otherCustomer, deliveryBody);
    expect(theirs.id).not.toBe(deliveryOrder.id);
  });

  it('makes concurrent retries with one key place one order', async () => {
    const body = { ...deliveryBody, idempotency_key: 'key-race' };
    const answers = await Promise.all([place(customer, body), place(customer, body), place(customer, body)]);
    expect(new Set(answers.map((a) => a.id)).size).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM orders WHERE id = $1`, [answers[0].id])).toBe(1);
  });

  it('confirms a cash order at once', async () => {
    const cash = await place(customer, { restaurant_id: restaurantId, items: [{ menu_item_id: ndole, quantity: 1 }], delivery_type: 'pickup', payment_method: 'cash' });
    expect(cash).toMatchObject({ status: 'confirmed', delivery_fee: 0, subtotal: 2500, tax_amount: 250, total_amount: 2850 });
    const history = await dataSource.query(`SELECT from_status, to_status FROM order_status_history WHERE order_id = $1 ORDER BY at, from_status NULLS FIRST`, [cash.id]);
    expect(history).toEqual([{ from_status: null, to_status: 'created' }, { from_status: 'created', to_status: 'confirmed' }]);
    const changed = await dataSource.query(`SELECT envelope FROM outbox WHERE routing_key = 'order.status-changed' AND envelope->'payload'->>'order_id' = $1`, [cash.id]);
    expect(changed.map((r: { envelope: { payload: object } }) => r.envelope.payload)).toEqual([
      expect.objectContaining({ from: 'created', to: 'confirmed', restaurant_owner_id: owner.user_id, customer_id: customer.user_id }),
    ]);
  });

  it('refuses unavailable items and restaurants it does not know, leaving nothing behind', async () => {
    const before = await count(`SELECT count(*) AS n FROM orders`);
    await expect(
      place(customer, { restaurant_id: restaurantId, items: [{ menu_item_id: koki, quantity: 1 }], delivery_type: 'pickup', payment_method: 'cash', idempotency_key: 'key-koki' }),
    ).rejects.toMatchObject({ code: 'ITEM_UNAVAILABLE', message: expect.stringContaining('Koki') });
    await expect(
      place(customer, { restaurant_id: randomUUID(), items: [{ menu_item_id: ndole, quantity: 1 }], delivery_type: 'pickup', payment_method: 'cash' }),
    ).rejects.toMatchObject({ code: 'RESTAURANT_NOT_AVAILABLE', status: 422 });
    expect(await count(`SELECT count(*) AS n FROM orders`)).toBe(before);
    // A failed request does not burn its key.
    expect(await count(`SELECT count(*) AS n FROM idempotency_keys WHERE key = 'key-koki'`)).toBe(0);
  });

  it('lets the restaurant move its orders along the state machine only', async () => {
    const cash = await place(customer, { restaurant_id: restaurantId, items: [{ menu_item_id: poulet, quantity: 1 }], delivery_type: 'dine_in', payment_method: 'cash' });
    await expect(moveOrder.move(stranger, cash.id, 'accepted')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(moveOrder.move(owner, randomUUID(), 'accepted')).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const accepted = await moveOrder.move(owner, cash.id, 'accepted');
    expect(accepted.status).toBe('accepted');
    await expect(moveOrder.move(owner, cash.id, 'ready')).rejects.toMatchObject({
      code: 'INVALID_STATE_TRANSITION',
      status: 422,
      message: expect.stringMatching(/accepted.*ready/),
    });
    // Unpaid (campay, still created): the restaurant cannot accept it yet.
    await expect(moveOrder.move(owner, deliveryOrder.id, 'accepted')).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' });
    expect((await moveOrder.move(owner, cash.id, 'preparing')).status).toBe('preparing');
    expect((await moveOrder.move({ user_id: randomUUID(), role: 'admin' }, cash.id, 'ready')).status).toBe('ready');

    const moves = await dataSource.query(
      `SELECT envelope->'payload'->>'from' AS "from", envelope->'payload'->>'to' AS "to" FROM outbox
       WHERE routing_key = 'order.status-changed' AND envelope->'payload'->>'order_id' = $1 ORDER BY seq`,
      [cash.id],
    );
    expect(moves).toEqual([
      { from: 'created', to: 'confirmed' },
      { from: 'confirmed', to: 'accepted' },
      { from: 'accepted', to: 'preparing' },
      { from: 'preparing', to: 'ready' },
    ]);
  });

  it('records a rejection and its reason', async () => {
    const cash = await place(customer, { restaurant_id: restaurantId, items: [{ menu_item_id: ndole, quantity: 1 }], delivery_type: 'pickup', payment_method: 'cash' });
    expect((await moveOrder.move(owner, cash.id, 'cancelled', 'kitchen closed')).status).toBe('cancelled');
    const [row] = await dataSource.query(`SELECT reason, actor_id FROM order_status_history WHERE order_id = $1 AND to_status = 'cancelled'`, [cash.id]);
    expect(row).toEqual({ reason: 'kitchen closed', actor_id: owner.user_id });
    const [event] = await dataSource.query(
      `SELECT envelope->'payload' AS payload FROM outbox WHERE routing_key = 'order.status-changed' AND envelope->'payload'->>'to' = 'cancelled' AND envelope->'payload'->>'order_id' = $1`,
      [cash.id],
    );
    expect(event.payload).toMatchObject({ from: 'confirmed', to: 'cancelled', reason: 'kitchen closed' });
    const cancelled = await dataSource.query(`SELECT envelope->'payload' AS payload FROM outbox WHERE routing_key = 'order.cancelled' AND envelope->'payload'->>'order_id' = $1`, [cash.id]);
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0].payload).toMatchObject({ order_id: cash.id, from: 'confirmed', reason: 'kitchen closed' });
  });

  it('shows a customer their own orders only', async () => {
    const handler = bed.get(GetCustomerOrderRpc);
    expect((await handler.handle({ actor: customer, data: { id: deliveryOrder.id } })).id).toBe(deliveryOrder.id);
    await expect(handler.handle({ actor: otherCustomer, data: { id: deliveryOrder.id } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('draws another order number when the first one is taken', async () => {
    const numbers = [deliveryOrder.order_number, 'ORD-20260101-FRESH1'];
    const order = await tx.run(() =>
      bed.get(OrderRepository).insert(
        {
          id: randomUUID(), customer_id: customer.user_id, restaurant_id: restaurantId, status: 'created', delivery_type: 'pickup',
          delivery_address: null, payment_method: 'cash', payment_status: 'pending', subtotal: 0, tax_amount: 0, delivery_fee: 0,
          service_fee: 0, total_amount: 0, currency: 'XAF',
        },
        () => numbers.shift()!,
      ),
    );
    expect(order.order_number).toBe('ORD-20260101-FRESH1');
  });

  it('holds every event in the outbox', async () => {
    expect(await count(`SELECT count(*) AS n FROM outbox WHERE routing_key = 'order.created'`)).toBe(await count(`SELECT count(*) AS n FROM orders WHERE subtotal > 0`));
    expect(await count(`SELECT count(*) AS n FROM outbox WHERE routing_key = 'order.status-changed'`)).toBe(await count(`SELECT count(*) AS n FROM order_status_history WHERE from_status IS NOT NULL`));
  });
});
