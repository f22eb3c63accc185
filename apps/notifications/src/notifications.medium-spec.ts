import { randomUUID } from 'node:crypto';
import { OrderStatusChanged, UserRegistered } from '@platter/contracts';
import { QueueOrderUpdateService } from './logs/commands/queue-order-update/queue-order-update.service';
import { QueueWelcomeEmailService } from './logs/commands/queue-welcome-email/queue-welcome-email.service';
import { ListLogsRpc } from './logs/queries/list-logs/list-logs.rpc';
import { notificationsMigrations } from './migrations';
import { notificationsEntities } from './notifications.module';
import { FeatureTestingModule, ThrowawaySchema, createThrowawaySchema } from '@platter/testing';
import { MESSAGING_MIGRATIONS } from '@platter/messaging';
import { notificationsServices } from './testing/notifications-services';

// Notifications' use cases against real PostgreSQL: its migrations, the log rows each event
// queues, and that a replayed event queues nothing more.

function statusChanged(to: OrderStatusChanged['to'], customerId: string | null = randomUUID()): OrderStatusChanged {
  return {
    order_id: randomUUID(),
    order_number: 'ORD-0042',
    restaurant_id: randomUUID(),
    restaurant_owner_id: randomUUID(),
    customer_id: customerId,
    from: 'created',
    to,
  };
}

function userRegistered(role: UserRegistered['role']): UserRegistered {
  return { user_id: randomUUID(), email: `awa-${randomUUID()}@test.local`, name: 'Awa', role };
}

/** The list RPCs are for operators: an admin actor. */
const OPERATOR = { user_id: randomUUID(), role: 'admin' as const };

describe('notifications (PostgreSQL)', () => {
  let db: ThrowawaySchema;
  let bed: FeatureTestingModule;
  let orderUpdates: QueueOrderUpdateService;
  let welcomeEmails: QueueWelcomeEmailService;
  let listLogs: ListLogsRpc;

  beforeAll(async () => {
    db = await createThrowawaySchema('notifications', { entities: notificationsEntities, migrations: notificationsMigrations });
    bed = await notificationsServices(db);
    orderUpdates = bed.get(QueueOrderUpdateService);
    welcomeEmails = bed.get(QueueWelcomeEmailService);
    listLogs = bed.get(ListLogsRpc);
  });

  afterAll(async () => {
    await bed?.close();
    await db?.drop();
  });

  const rowsFor = (recipient: string) =>
    db.dataSource.query(
      `SELECT type, provider, recipient, template, locale, content, status FROM notification_logs WHERE recipient = $1 ORDER BY created_at`,
      [recipient],
    );

  it('runs the messaging tables first, then its own', () => {
    expect(db.applied).toEqual([...MESSAGING_MIGRATIONS.map((m) => m.name), 'CreateNotificationLogs1700000001000']);
  });

  it('queues one in-app message to the customer per order status, however often the event is applied', async () => {
    const change = statusChanged('confirmed');
    const first = await orderUpdates.queue(change);
    const again = await orderUpdates.queue(change);

    expect(again!.id).toBe(first!.id);
    expect(await rowsFor(change.customer_id!)).toEqual([
      {
        type: 'push', provider: 'in_app', recipient: change.customer_id, template: 'order_confirmed', locale: 'fr',
        content: 'Commande #ORD-0042 confirmée.', status: 'queued',
      },
    ]);
  });

  it('queues the next status of the same order as a new message', async () => {
    const confirmed = statusChanged('confirmed');
    await orderUpdates.queue(confirmed);
    await orderUpdates.queue({ ...confirmed, from: 'confirmed', to: 'cancelled' });

    expect((await rowsFor(confirmed.customer_id!)).map((r: { template: string }) => r.template)).toEqual(['order_confirmed', 'order_cancelled']);
  });

  it('tells no one about a guest order', async () => {
    expect(await orderUpdates.queue(statusChanged('ready', null))).toBeNull();
  });

  it('queues one welcome email per new user', async () => {
    const user = userRegistered('customer');
    await welcomeEmails.queue(user);
    await welcomeEmails.queue(user);

    expect(await rowsFor(user.email)).toEqual([
      { type: 'email', provider: 'smtp', recipient: user.email, template: 'welcome', locale: 'fr', content: 'Bienvenue sur Platter, Awa !', status: 'queued' },
    ]);
  });

  it('lists logs for admins, filtered by recipient', async () => {
    const user = userRegistered('driver');
    await welcomeEmails.queue(user);

    const forAdmin = await listLogs.list({ actor: { user_id: randomUUID(), role: 'admin' }, data: { recipient: user.email } });
    expect(forAdmin).toEqual([expect.objectContaining({ recipient: user.email, template: 'welcome', created_at: expect.any(String) })]);
    const forFleet = await listLogs.list({ actor: OPERATOR, data: {} });
    expect(forFleet.map((l) => l.recipient)).toContain(user.email);
  });

  it('refuses other actors and an empty recipient', async () => {
    await expect(listLogs.list({ actor: { user_id: randomUUID(), role: 'customer' }, data: {} })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listLogs.list({ actor: null, data: {} })).rejects.toMatchObject({ code: 'AUTH_REQUIRED' });
    await expect(listLogs.list({ actor: OPERATOR, data: { recipient: '' } })).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
  });
});
