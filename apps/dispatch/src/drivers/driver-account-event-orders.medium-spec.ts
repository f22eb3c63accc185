// A driver's account events in any order (and redelivered), on the real PostgreSQL through the real
// consumers: an erasure that arrives before the registration leaves no personal data behind; a
// profile change or a suspension heard before the registration is applied by it, the newest change
// winning; a user who is no driver leaves nothing kept.
import { randomUUID } from 'node:crypto';
import { MessageEnvelope, UserRegistered, UserRole } from '@platter/contracts';
import { EventDeliverer, FeatureTestingModule, ThrowawaySchema, createThrowawaySchema, deliverInEveryOrder, envelopesOf } from '@platter/testing';
import { dispatchEntities } from '../dispatch.module';
import { dispatchMigrations } from '../migrations';
import { dispatchServices } from '../testing/dispatch-services';
import { UserAccountConsumer } from './commands/account-events/user-account.consumer';
import { UserRegisteredConsumer } from './commands/register-driver/user-registered.consumer';

describe('driver accounts under every order of a user\'s events (PostgreSQL)', () => {
  let db: ThrowawaySchema;
  let bed: FeatureTestingModule;
  let deliverer: EventDeliverer;

  beforeAll(async () => {
    db = await createThrowawaySchema('dispatch', { entities: dispatchEntities, migrations: dispatchMigrations });
    bed = await dispatchServices(db);
    deliverer = new EventDeliverer(bed, 'dispatch', [UserRegisteredConsumer, UserAccountConsumer]);
  });

  afterAll(async () => {
    await bed?.close();
    await db?.drop();
  });

  it('an erased driver account keeps no name or phone, whatever order registration, a profile change and the erasure arrive in', async () => {
    const failures = await deliverInEveryOrder({
      deliverer,
      events: () => {
        const id = randomUUID();
        const registered: UserRegistered = { user_id: id, email: `${id.slice(0, 8)}@example.com`, name: 'Paul', phone: '+237650000003', role: 'driver' };
        return envelopesOf(
          [
            { type: 'user.registered', payload: registered },
            { type: 'user.profile-updated', payload: { user_id: id, name: 'Paul Biya', phone: '+237650000004' } },
            { type: 'user.deleted', payload: { user_id: id } },
          ],
          'identity',
        );
      },
      state: async (envelopes: MessageEnvelope[]) =>
        db.dataSource.query(`SELECT name, phone FROM drivers WHERE id = $1 AND (name IS NOT NULL OR phone IS NOT NULL)`, [(envelopes[0].payload as UserRegistered).user_id]),
      expected: () => [],
      retries: 0,
    });
    expect(failures).toEqual([]);
  });

  const registration = (id: string, role: UserRole = 'driver'): UserRegistered => ({ user_id: id, email: `${id.slice(0, 8)}@example.com`, name: 'Paul', phone: '+237650000003', role });

  /** The driver's name, phone and standing, and what dispatch still keeps for the account. */
  async function accountState(envelopes: MessageEnvelope[]) {
    const id = (envelopes[0].payload as UserRegistered).user_id;
    const drivers = await db.dataSource.query(`SELECT name, phone, status, suspended_by FROM drivers WHERE id = $1`, [id]);
    const [{ kept }] = await db.dataSource.query(`SELECT count(*)::int AS kept FROM early_account_news WHERE user_id = $1`, [id]);
    return { drivers, kept };
  }

  it('a profile change and a suspension heard before the registration are applied by it, and the lifted suspension stays lifted', async () => {
    const failures = await deliverInEveryOrder({
      deliverer,
      events: () => {
        const id = randomUUID();
        return envelopesOf(
          [
            { type: 'user.registered', payload: registration(id) },
            { type: 'user.profile-updated', payload: { user_id: id, name: 'Paul Biya', phone: '+237650000004' } },
            { type: 'user.status-changed', payload: { user_id: id, status: 'suspended' } },
            { type: 'user.status-changed', payload: { user_id: id, status: 'active' } },
          ],
          'identity',
        );
      },
      state: accountState,
      expected: () => ({ drivers: [{ name: 'Paul Biya', phone: '+237650000004', status: 'pending', suspended_by: null }], kept: 0 }),
      // The registration could be on its last retry when the rest arrive.
      retries: 0,
    });
    expect(failures).toEqual([]);
  });

  it('a suspended account suspends its driver, and the newest profile change wins, whatever comes first', async () => {
    const failures = await deliverInEveryOrder({
      deliverer,
      events: () => {
        const id = randomUUID();
        return envelopesOf(
          [
            { type: 'user.registered', payload: registration(id) },
            { type: 'user.profile-updated', payload: { user_id: id, name: 'Paul B.', phone: '+237650000005' } },
            { type: 'user.profile-updated', payload: { user_id: id, name: 'Paul Biya', phone: '+237650000004' } },
            { type: 'user.status-changed', payload: { user_id: id, status: 'banned' } },
          ],
          'identity',
        );
      },
      state: accountState,
      expected: () => ({ drivers: [{ name: 'Paul Biya', phone: '+237650000004', status: 'suspended', suspended_by: 'account' }], kept: 0 }),
      retries: 0,
    });
    expect(failures).toEqual([]);
  });

  it('keeps nothing of a user who registered as no driver, whatever order their events came in', async () => {
    const failures = await deliverInEveryOrder({
      deliverer,
      events: () => {
        const id = randomUUID();
        return envelopesOf(
          [
            { type: 'user.registered', payload: registration(id, 'customer') },
            { type: 'user.profile-updated', payload: { user_id: id, name: 'Ada', phone: '+237650000006' } },
            { type: 'user.status-changed', payload: { user_id: id, status: 'suspended' } },
          ],
          'identity',
        );
      },
      state: accountState,
      // The registration last: whatever order the news came in, it discards them. (News heard after a
      // non-driver's registration cannot be told from a late driver's and waits for the age pruning.)
      expected: () => ({ drivers: [], kept: 0 }),
      decisive: [1, 2],
      retries: 0,
    });
    expect(failures).toEqual([]);
  });

  it("keeps nothing of a customer's account events that say their role, in every order, the registration first included", async () => {
    const failures = await deliverInEveryOrder({
      deliverer,
      events: () => {
        const id = randomUUID();
        return envelopesOf(
          [
            { type: 'user.registered', payload: registration(id, 'customer') },
            { type: 'user.profile-updated', payload: { user_id: id, name: 'Ada', phone: '+237650000007', role: 'customer' } },
            { type: 'user.status-changed', payload: { user_id: id, status: 'suspended', role: 'customer' } },
          ],
          'identity',
        );
      },
      state: accountState,
      expected: () => ({ drivers: [], kept: 0 }),
      retries: 0,
    });
    expect(failures).toEqual([]);
  });
});
