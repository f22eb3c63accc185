import { randomUUID } from 'node:crypto';
import { OrderCreated, UserRegistered } from '@platter/contracts';
import { CopyProductService } from './products/commands/copy-product/copy-product.service';
import { EraseCustomerService } from './customers/commands/erase-customer/erase-customer.service';
import { RecordOrderService } from './customers/commands/record-order/record-order.service';
import { RegisterCustomerService } from './customers/commands/register-customer/register-customer.service';
import { UpdateCustomerProfileService } from './customers/commands/update-customer-profile/update-customer-profile.service';
import { ListCustomersRpc } from './customers/queries/list-customers/list-customers.rpc';
import { marketingEntities } from './marketing.module';
import { marketingMigrations } from './migrations';
import { FeatureTestingModule, ThrowawaySchema, createThrowawaySchema } from '@platter/testing';
import { MESSAGING_MIGRATIONS } from '@platter/messaging';
import { marketingServices } from './testing/marketing-services';

// Marketing's CRM use cases against real PostgreSQL: its migrations, customers from registrations
// and orders in either order, and totals that a replayed order.created does not double.

function customerRegistered(userId = randomUUID()): UserRegistered {
  return { user_id: userId, email: `client-${userId}@test.local`, name: 'Client Test', phone: '+237670000000', role: 'customer' };
}

function orderCreated(customerId: string | null, totalAmount: number): OrderCreated {
  return {
    order_id: randomUUID(),
    order_number: 'ORD-0007',
    restaurant_id: randomUUID(),
    restaurant_owner_id: randomUUID(),
    customer_id: customerId,
    status: 'created',
    items: [{ menu_item_id: randomUUID(), name: 'Eru', quantity: 1, unit_price: totalAmount }],
    subtotal: totalAmount,
    total_amount: totalAmount,
    currency: 'XAF',
    delivery_type: 'pickup',
    payment_method: 'wallet',
  };
}

/** The list RPCs are for operators: an admin actor. */
const OPERATOR = { user_id: randomUUID(), role: 'admin' as const };

describe('marketing (PostgreSQL)', () => {
  let db: ThrowawaySchema;
  let bed: FeatureTestingModule;
  let registerCustomer: RegisterCustomerService;
  let recordOrder: RecordOrderService;
  let listCustomers: ListCustomersRpc;
  let updateProfile: UpdateCustomerProfileService;
  let eraseCustomer: EraseCustomerService;

  beforeAll(async () => {
    db = await createThrowawaySchema('marketing', { entities: marketingEntities, migrations: marketingMigrations });
    bed = await marketingServices(db);
    registerCustomer = bed.get(RegisterCustomerService);
    recordOrder = bed.get(RecordOrderService);
    listCustomers = bed.get(ListCustomersRpc);
    updateProfile = bed.get(UpdateCustomerProfileService);
    eraseCustomer = bed.get(EraseCustomerService);
  });

  afterAll(async () => {
    await bed?.close();
    await db?.drop();
  });

  const customerRow = async (id: string) =>
    (await db.dataSource.query(
      `SELECT email, name, phone, segment, total_orders, total_spent::int AS total_spent, last_order_at FROM crm_customers WHERE id = $1`,
      [id],
    ))[0];

  it('runs the messaging tables first, then its own', () => {
    expect(db.applied).toEqual([...MESSAGING_MIGRATIONS.map((m) => m.name), 'CreateCrmCustomers1700000001000', 'AddCrmErasure1700000002000', 'CreateCrmProducts1700000003000', 'CrmContactVersions1700000004000']);
  });

  it('adds a registered customer as new, with no orders', async () => {
    const user = customerRegistered();
    await registerCustomer.register(user);
    expect(await customerRow(user.user_id)).toEqual({
      email: user.email, name: 'Client Test', phone: '+237670000000', segment: 'new', total_orders: 0, total_spent: 0, last_order_at: null,
    });
  });

  it('leaves drivers and restaurant owners out of the CRM', async () => {
    const driver: UserRegistered = { ...customerRegistered(), role: 'driver' };
    expect(await registerCustomer.register(driver)).toBeNull();
    expect(await customerRow(driver.user_id)).toBeUndefined();
  });

  it('counts an order once, however often the event is applied, and the next one too', async () => {
    const user = customerRegistered();
    await registerCustomer.register(user);
    const first = orderCreated(user.user_id, 4500);
    const monday = new Date('2025-09-08T12:00:00Z');
    const tuesday = new Date('2025-09-09T12:00:00Z');

    await recordOrder.record(first, monday);
    await recordOrder.record(first, monday);
    expect(await customerRow(user.user_id)).toMatchObject({ segment: 'active', total_orders: 1, total_spent: 4500, last_order_at: monday });

    await recordOrder.record(orderCreated(user.user_id, 3000), tuesday);
    expect(await customerRow(user.user_id)).toMatchObject({ total_orders: 2, total_spent: 7500, last_order_at: tuesday });
  });

  it('counts an order that arrives before its customer registers, and keeps it after', async () => {
    const user = customerRegistered();
    const orderedAt = new Date('2025-09-10T08:30:00Z');
    await recordOrder.record(orderCreated(user.user_id, 6000), orderedAt);
    expect(await customerRow(user.user_id)).toMatchObject({ email: null, segment: 'active', total_orders: 1, total_spent: 6000 });

    await registerCustomer.register(user);
    expect(await customerRow(user.user_id)).toEqual({
      email: user.email, name: 'Client Test', phone: '+237670000000', segment: 'active', total_orders: 1, total_spent: 6000, last_order_at: orderedAt,
    });
  });

  it('counts concurrent orders of one customer without losing any', async () => {
    const user = customerRegistered();
    const orders = Array.from({ length: 6 }, () => orderCreated(user.user_id, 1000));
    await Promise.all(orders.map((o) => recordOrder.record(o, new Date())));
    expect(await customerRow(user.user_id)).toMatchObject({ total_orders: 6, total_spent: 6000 });
  });

  it('has nothing to count for a guest order', async () => {
    expect(await recordOrder.record(orderCreated(null, 2000), new Date())).toBeNull();
  });

  it('lists customers a page at a time for admins', async () => {
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM crm_customers`);
    const page = await listCustomers.list({ actor: { user_id: randomUUID(), role: 'admin' }, data: { page: 2, limit: 2 } });
    expect(page.pagination).toEqual({ page: 2, limit: 2, total: n, totalPages: Math.ceil(n / 2) });
    expect(page.items).toHaveLength(Math.min(2, n - 2));
    expect(page.items[0]).toEqual(expect.objectContaining({ id: expect.any(String), total_spent: expect.any(Number), created_at: expect.any(String) }));

    const all = await listCustomers.list({ actor: OPERATOR, data: { page: 1, limit: 100 } });
    expect(all.items.map((c) => c.id)).toHaveLength(n);
  });

  it('refuses other actors and a bad page', async () => {
    await expect(listCustomers.list({ actor: { user_id: randomUUID(), role: 'customer' }, data: {} })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listCustomers.list({ actor: null, data: {} })).rejects.toMatchObject({ code: 'AUTH_REQUIRED' });
    await expect(listCustomers.list({ actor: OPERATOR, data: { page: 1, limit: 500 } })).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
  });

  it('follows a profile change, and erases personal data on user.deleted, keeping the totals', async () => {
    const user = customerRegistered();
    await registerCustomer.register(user);
    await recordOrder.record(orderCreated(user.user_id, 4500), new Date());
    await updateProfile.update({ user_id: user.user_id, name: 'Jane Doe', phone: '+201012345678' }, new Date());
    expect(await customerRow(user.user_id)).toMatchObject({ name: 'Jane Doe', phone: '+201012345678', total_orders: 1, total_spent: 4500 });

    await eraseCustomer.erase({ user_id: user.user_id });
    await eraseCustomer.erase({ user_id: user.user_id }); // a redelivery changes nothing
    expect(await customerRow(user.user_id)).toMatchObject({ email: null, name: null, phone: null, total_orders: 1, total_spent: 4500 });
    // Late or replayed events about the person bring nothing back.
    await registerCustomer.register(user);
    await updateProfile.update({ user_id: user.user_id, name: 'Jane Doe', phone: '+201012345678' }, new Date());
    expect(await customerRow(user.user_id)).toMatchObject({ email: null, name: null, phone: null });
  });

  it('keeps an erasure that arrives before the registration', async () => {
    const user = customerRegistered();
    await eraseCustomer.erase({ user_id: user.user_id });
    await registerCustomer.register(user);
    expect(await customerRow(user.user_id)).toMatchObject({ email: null, name: null, phone: null });
  });

  it("keeps a copy of the restaurants' menu items, the newest event winning", async () => {
    const copyProduct = bed.get(CopyProductService);
    const item = { item_id: randomUUID(), restaurant_id: randomUUID(), name: 'Ndolé', price: 3500, currency: 'XAF', is_available: true, deleted: false };
    expect(await copyProduct.apply(item, new Date('2026-01-02T10:00:00Z'))).toBe(true);
    expect(await copyProduct.apply({ ...item, price: 4000, is_available: false }, new Date('2026-01-03T10:00:00Z'))).toBe(true);
    expect(await copyProduct.apply({ ...item, price: 1 }, new Date('2026-01-01T10:00:00Z'))).toBe(false);
    const [row] = await db.dataSource.query(`SELECT name, price, is_available FROM crm_products WHERE id = $1`, [item.item_id]);
    expect(row).toEqual({ name: 'Ndolé', price: 4000, is_available: false });
  });
});

