import { randomUUID } from 'node:crypto';
import { OrderCancelled, OrderCreated, UserRegistered } from '@platter/contracts';
import { OrderCancelledConsumer } from './deliveries/commands/cancel-delivery/order-cancelled.consumer';
import { OpenDeliveryService } from './deliveries/commands/open-delivery/open-delivery.service';
import { ListDeliveriesRpc } from './deliveries/queries/list-deliveries/list-deliveries.rpc';
import { dispatchEntities } from './dispatch.module';
import { RegisterDriverService } from './drivers/commands/register-driver/register-driver.service';
import { dispatchMigrations } from './migrations';
import { FeatureTestingModule, ThrowawaySchema, createThrowawaySchema } from '@platter/testing';
import { MESSAGING_MIGRATIONS } from '@platter/messaging';
import { dispatchServices } from './testing/dispatch-services';

// Dispatch's use cases against real PostgreSQL: its migrations, the rows each event leaves, and
// that a replayed event changes nothing more.

function userRegistered(role: UserRegistered['role']): UserRegistered {
  return { user_id: randomUUID(), email: `${role}-${randomUUID()}@test.local`, name: 'Test User', role };
}

function orderCreated(deliveryType: OrderCreated['delivery_type']): OrderCreated {
  return {
    order_id: randomUUID(),
    order_number: 'ORD-0001',
    restaurant_id: randomUUID(),
    restaurant_owner_id: randomUUID(),
    customer_id: randomUUID(),
    status: 'created',
    items: [{ menu_item_id: randomUUID(), name: 'Ndolé', quantity: 1, unit_price: 3500 }],
    subtotal: 3500,
    total_amount: 4000,
    currency: 'XAF',
    delivery_type: deliveryType,
    payment_method: 'cash',
  };
}

function cancelled(order: OrderCreated): OrderCancelled {
  return { order_id: order.order_id, order_number: order.order_number, restaurant_id: order.restaurant_id, restaurant_owner_id: order.restaurant_owner_id, customer_id: order.customer_id, from: 'confirmed', reason: 'changed my mind' };
}

/** The list RPCs are for operators: an admin actor. */
const OPERATOR = { user_id: randomUUID(), role: 'admin' as const };

describe('dispatch (PostgreSQL)', () => {
  let db: ThrowawaySchema;
  let bed: FeatureTestingModule;
  let registerDriver: RegisterDriverService;
  let openDelivery: OpenDeliveryService;
  let cancelledHandler: OrderCancelledConsumer;
  let listDeliveries: ListDeliveriesRpc;

  beforeAll(async () => {
    db = await createThrowawaySchema('dispatch', { entities: dispatchEntities, migrations: dispatchMigrations });
    bed = await dispatchServices(db);
    registerDriver = bed.get(RegisterDriverService);
    openDelivery = bed.get(OpenDeliveryService);
    cancelledHandler = bed.get(OrderCancelledConsumer);
    listDeliveries = bed.get(ListDeliveriesRpc);
  });

  afterAll(async () => {
    await bed?.close();
    await db?.drop();
  });

  const count = async (table: string, where: string, params: unknown[]) =>
    Number((await db.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0].n);

  it('runs the messaging tables first, then its own', () => {
    expect(db.applied).toEqual(dispatchMigrations.map((m) => m.name));
    expect(db.applied.slice(0, 7)).toEqual([...MESSAGING_MIGRATIONS.map((m) => m.name), 'CreateDrivers1700000001000', 'CreateDeliveries1700000002000', 'DeliveryFlow1700000003000', 'DriverOnboarding1700000004000']);
  });

  it('opens one pending driver profile for a driver registered twice', async () => {
    const driver = userRegistered('driver');
    await registerDriver.register(driver);
    await registerDriver.register(driver);

    const rows = await db.dataSource.query(`SELECT id, name, status, online, vehicle_type FROM drivers WHERE id = $1`, [driver.user_id]);
    expect(rows).toEqual([{ id: driver.user_id, name: 'Test User', status: 'pending', online: false, vehicle_type: null }]);
  });

  it('opens no driver profile for a customer', async () => {
    const customer = userRegistered('customer');
    expect(await registerDriver.register(customer)).toBeNull();
    expect(await count('drivers', 'id = $1', [customer.user_id])).toBe(0);
  });

  it('opens one delivery for a delivery order, however often the event is applied', async () => {
    const order = orderCreated('delivery');
    const first = await openDelivery.open(order);
    const again = await openDelivery.open(order);

    expect(again!.id).toBe(first!.id);
    const rows = await db.dataSource.query(`SELECT order_id, restaurant_id, customer_id, status FROM deliveries WHERE order_id = $1`, [order.order_id]);
    expect(rows).toEqual([
      { order_id: order.order_id, restaurant_id: order.restaurant_id, customer_id: order.customer_id, status: 'awaiting_pickup_ready' },
    ]);
  });

  it.each(['pickup', 'dine_in'] as const)('ignores a %s order', async (type) => {
    const order = orderCreated(type);
    expect(await openDelivery.open(order)).toBeNull();
    expect(await count('deliveries', 'order_id = $1', [order.order_id])).toBe(0);
  });

  it('cancels the delivery of a cancelled order, and no other', async () => {
    const order = orderCreated('delivery');
    const other = orderCreated('delivery');
    await openDelivery.open(order);
    await openDelivery.open(other);

    await cancelledHandler.handle(cancelled(order));
    await cancelledHandler.handle(cancelled(order));
    expect(await count('deliveries', `order_id = $1 AND status = 'cancelled'`, [order.order_id])).toBe(1);
    expect(await count('deliveries', `order_id = $1 AND status = 'awaiting_pickup_ready'`, [other.order_id])).toBe(1);
  });

  it('lists deliveries for admins, filtered by order', async () => {
    const order = orderCreated('delivery');
    await openDelivery.open(order);

    const forAdmin = await listDeliveries.list({ actor: { user_id: randomUUID(), role: 'admin' }, data: { order_id: order.order_id } });
    expect(forAdmin).toEqual([expect.objectContaining({ order_id: order.order_id, status: 'awaiting_pickup_ready', created_at: expect.any(String) })]);
    const forFleet = await listDeliveries.list({ actor: OPERATOR, data: {} });
    expect(forFleet.map((d) => d.order_id)).toContain(order.order_id);
  });

  it('refuses other actors and a malformed order id', async () => {
    await expect(listDeliveries.list({ actor: { user_id: randomUUID(), role: 'customer' }, data: {} })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listDeliveries.list({ actor: null, data: {} })).rejects.toMatchObject({ code: 'AUTH_REQUIRED' });
    await expect(listDeliveries.list({ actor: OPERATOR, data: { order_id: 'nope' } })).rejects.toMatchObject({
      code: 'VALIDATION_ERROR',
      details: [{ field: 'order_id', message: 'order_id must be a UUID' }],
    });
  });
});
