// Marketing's CRM customer ends where the user's events say, whatever order they arrive in (and
// redelivered), on the real PostgreSQL through the real consumers: the newest profile wins over the
// registration and over older profile changes, an erasure is final, and orders are counted once.
import { randomUUID } from 'node:crypto';
import { MessageEnvelope, OrderCreated, UserProfileUpdated, UserRegistered } from '@platter/contracts';
import { EventDeliverer, FeatureTestingModule, ThrowawaySchema, createThrowawaySchema, deliverInEveryOrder, envelopesOf } from '@platter/testing';
import { marketingEntities } from '../marketing.module';
import { marketingMigrations } from '../migrations';
import { marketingServices } from '../testing/marketing-services';
import { UserDeletedConsumer } from './commands/erase-customer/user-deleted.consumer';
import { OrderCreatedConsumer } from './commands/record-order/order-created.consumer';
import { UserRegisteredConsumer } from './commands/register-customer/user-registered.consumer';
import { UserProfileUpdatedConsumer } from './commands/update-customer-profile/user-profile-updated.consumer';

describe('marketing customers under every order of a user\'s events (PostgreSQL)', () => {
  let db: ThrowawaySchema;
  let bed: FeatureTestingModule;
  let deliverer: EventDeliverer;

  beforeAll(async () => {
    db = await createThrowawaySchema('marketing', { entities: marketingEntities, migrations: marketingMigrations });
    bed = await marketingServices(db);
    deliverer = new EventDeliverer(bed, 'marketing', [UserRegisteredConsumer, UserProfileUpdatedConsumer, UserDeletedConsumer, OrderCreatedConsumer]);
  });

  afterAll(async () => {
    await bed?.close();
    await db?.drop();
  });

  const registered = (userId: string): UserRegistered => ({ user_id: userId, email: `${userId.slice(0, 8)}@example.com`, name: 'Jane', phone: null, role: 'customer' });
  const profile = (userId: string, name: string, phone: string | null): UserProfileUpdated => ({ user_id: userId, name, phone });
  const order = (userId: string): OrderCreated => ({
    order_id: randomUUID(), order_number: 'ORD-1', restaurant_id: randomUUID(), restaurant_owner_id: randomUUID(), customer_id: userId, status: 'created',
    items: [{ menu_item_id: randomUUID(), name: 'Ndolé', quantity: 1, unit_price: 4500 }], subtotal: 4500, total_amount: 4500, currency: 'XAF',
    delivery_type: 'delivery', payment_method: 'cash',
  });

  const customerOf = async (envelopes: MessageEnvelope[]) => {
    const userId = (envelopes[0].payload as UserRegistered).user_id;
    const rows: Array<{ email: string | null; name: string | null; phone: string | null; total_orders: number; erased: boolean }> = await db.dataSource.query(
      `SELECT email, name, phone, total_orders, erased_at IS NOT NULL AS erased FROM crm_customers WHERE id = $1`,
      [userId],
    );
    return rows;
  };

  it('keeps the newest profile and counts the order once, whatever order registration, two profile changes and the order arrive in', async () => {
    const failures = await deliverInEveryOrder({
      deliverer,
      events: () => {
        const id = randomUUID();
        return envelopesOf(
          [
            { type: 'user.registered', payload: registered(id) },
            { type: 'user.profile-updated', payload: profile(id, 'Jane Doe', '+237650000001') },
            { type: 'user.profile-updated', payload: profile(id, 'Jane M. Doe', '+237650000002') },
            { type: 'order.created', payload: order(id) },
          ],
          'identity',
        );
      },
      state: customerOf,
      expected: (envelopes) => [{ email: (envelopes[0].payload as UserRegistered).email, name: 'Jane M. Doe', phone: '+237650000002', total_orders: 1, erased: false }],
      retries: 0,
    });
    expect(failures).toEqual([]);
  });

  it('an erased customer stays erased, whatever arrives after', async () => {
    const failures = await deliverInEveryOrder({
      deliverer,
      events: () => {
        const id = randomUUID();
        return envelopesOf(
          [
            { type: 'user.registered', payload: registered(id) },
            { type: 'user.profile-updated', payload: profile(id, 'Jane Doe', '+237650000001') },
            { type: 'user.deleted', payload: { user_id: id } },
          ],
          'identity',
        );
      },
      state: customerOf,
      expected: () => [{ email: null, name: null, phone: null, total_orders: 0, erased: true }],
      retries: 0,
    });
    expect(failures).toEqual([]);
  });

  it("keeps nothing of a driver's profile changes that say their role, whatever order they and the registration arrive in", async () => {
    const failures = await deliverInEveryOrder({
      deliverer,
      events: () => {
        const id = randomUUID();
        return envelopesOf(
          [
            { type: 'user.registered', payload: { ...registered(id), role: 'driver' } },
            { type: 'user.profile-updated', payload: { ...profile(id, 'Paul', '+237650000002'), role: 'driver' } },
            { type: 'user.profile-updated', payload: { ...profile(id, 'Paul N.', '+237650000003'), role: 'driver' } },
          ],
          'identity',
        );
      },
      state: async (envelopes: MessageEnvelope[]) => {
        const userId = (envelopes[0].payload as UserRegistered).user_id;
        const [{ kept }] = await db.dataSource.query(`SELECT count(*)::int AS kept FROM crm_early_contacts WHERE user_id = $1`, [userId]);
        return { customers: await customerOf(envelopes), kept };
      },
      expected: () => ({ customers: [], kept: 0 }),
      retries: 0,
    });
    expect(failures).toEqual([]);
  });
});
