// The orders core and the saga as Nest wires them (OrdersModule, SagaModule), against a real
// PostgreSQL, with kitchen answered by a FakeRpcClient: a restaurant's cooking step is written once,
// by kitchen, and the order follows the ticket without an echo.
import { randomUUID } from 'node:crypto';
import { Actor, RPC } from '@platter/contracts';
import { FeatureTestingModule, createFeatureTestingModule } from '@platter/testing';
import { orderingMigrations } from '../migrations';
import { OrderingConfig } from '../ordering.config';
import { orderingEntities } from '../ordering.entities';
import { CopyRestaurantService } from '../replicas/commands/copy-restaurant/copy-restaurant.service';
import { FollowTicketService } from './commands/follow-ticket/follow-ticket.service';
import { MoveOrderService } from './commands/move-order/move-order.service';
import { OrderRepository } from './order.repository';
import { OrdersModule } from './orders.module';
import { ReplicasModule } from '../replicas/replicas.module';
import { SagaModule } from './saga/saga.module';
import { SagaWatchdog } from './saga/watchdog/saga-watchdog';

const owner: Actor = { user_id: randomUUID(), role: 'restaurant_owner' };
const restaurantId = randomUUID();

describe('orders core wiring (PostgreSQL)', () => {
  let app: FeatureTestingModule;

  beforeAll(async () => {
    app = await createFeatureTestingModule({
      service: 'ordering',
      database: { entities: orderingEntities, migrations: orderingMigrations },
      imports: [ReplicasModule, OrdersModule, SagaModule],
      config: Object.assign(new OrderingConfig(), { SAGA_WATCHDOG_INTERVAL_SECONDS: 0 }),
    });
    await app.get(CopyRestaurantService).apply({ restaurant_id: restaurantId, owner_id: owner.user_id, name: 'Chez Mama', currency: 'XAF' }, new Date());
  });

  afterAll(async () => {
    await app?.close();
  });

  const statusEvents = async (orderId: string): Promise<string[]> =>
    (
      await app.dataSource.query(
        `SELECT envelope->'payload' AS p FROM outbox WHERE routing_key = 'order.status-changed' AND envelope->'payload'->>'order_id' = $1 ORDER BY seq`,
        [orderId],
      )
    ).map((r: { p: { from: string; to: string } }) => `${r.p.from}>${r.p.to}`);

  it('resolves every order door and the saga from the modules', () => {
    expect(app.get(MoveOrderService)).toBeInstanceOf(MoveOrderService);
    expect(app.get(FollowTicketService)).toBeInstanceOf(FollowTicketService);
    expect(app.get(SagaWatchdog)).toBeInstanceOf(SagaWatchdog);
  });

  it('asks kitchen to move the ticket for the restaurant’s preparing and ready, and follows its answer once', async () => {
    const orders = app.get(OrderRepository);
    const order = await app.tx.run(() =>
      orders.insert({
        id: randomUUID(), customer_id: randomUUID(), restaurant_id: restaurantId, status: 'accepted', delivery_type: 'pickup', delivery_address: null,
        payment_method: 'cash', payment_status: 'pending', subtotal: 5000, tax_amount: 0, delivery_fee: 0, service_fee: 0, total_amount: 5000, currency: 'XAF',
      }),
    );
    const ticketId = randomUUID();
    app.rpc.on(RPC.kitchen.startTicketForOrder, ({ data }: { data: { order_id: string } }) => ({ id: ticketId, order_id: data.order_id, status: 'in_progress' }));
    app.rpc.on(RPC.kitchen.readyTicketForOrder, ({ data }: { data: { order_id: string } }) => ({ id: ticketId, order_id: data.order_id, status: 'done' }));
    const move = app.get(MoveOrderService);
    expect((await move.move(owner, order.id, 'preparing')).status).toBe('preparing');
    // Kitchen's ticket.status-changed for the same move, consumed afterwards: nothing more happens.
    await app.get(FollowTicketService).apply({ ticket_id: ticketId, order_id: order.id, status: 'in_progress' });
    expect((await move.move(owner, order.id, 'ready')).status).toBe('ready');
    await app.get(FollowTicketService).apply({ ticket_id: ticketId, order_id: order.id, status: 'done' });
    expect(app.rpc.calls.map((c) => [c.pattern, (c.request.data as { order_id: string }).order_id])).toEqual([
      [RPC.kitchen.startTicketForOrder, order.id],
      [RPC.kitchen.readyTicketForOrder, order.id],
    ]);
    expect(await statusEvents(order.id)).toEqual(['accepted>preparing', 'preparing>ready']);
  });
});
