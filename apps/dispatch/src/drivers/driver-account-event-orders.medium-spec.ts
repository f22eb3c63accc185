// A driver's account events in any order (and redelivered), on the real PostgreSQL through the real
// consumers: an erasure that arrives before the registration leaves no personal data behind.
import { randomUUID } from 'node:crypto';
import { MessageEnvelope, UserRegistered } from '@platter/contracts';
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
});
