// Kitchen tickets driven by the saga, against a real PostgreSQL: drafted at placement, opened when
// the restaurant accepts, moved by the line (announced through the outbox), brought along when
// another door moves the order through cooking, voided on cancellation.
import { randomUUID } from 'node:crypto';
import { Actor, OrderCreated, OrderStatusChanged } from '@platter/contracts';
import { FeatureTestingModule, rejection } from '@platter/testing';
import { kitchenServices } from '../testing/kitchen-services';
import { DraftTicketService } from './commands/draft-ticket/draft-ticket.service';
import { FollowOrderService } from './commands/follow-order/follow-order.service';
import { MoveTicketService } from './commands/move-ticket/move-ticket.service';
import { ListTicketsRpc } from './queries/list-tickets/list-tickets.rpc';

describe('kitchen tickets (PostgreSQL)', () => {
  let db: FeatureTestingModule;
  let draft: DraftTicketService;
  let follow: FollowOrderService;
  let move: MoveTicketService;
  let list: ListTicketsRpc;
  const restaurantId = randomUUID();
  const ownerId = randomUUID();
  const cook: Actor = { user_id: randomUUID(), role: 'restaurant_staff', restaurant_id: restaurantId, restaurant_role: 'staff' };
  const owner: Actor = { user_id: ownerId, role: 'restaurant_owner' };
  const foreignCook: Actor = { ...cook, user_id: randomUUID(), restaurant_id: randomUUID() };

  beforeAll(async () => {
    db = await kitchenServices();
    draft = db.get(DraftTicketService);
    follow = db.get(FollowOrderService);
    move = db.get(MoveTicketService);
    list = db.get(ListTicketsRpc);
  });

  afterAll(async () => {
    await db?.close();
  });

  function orderCreated(): OrderCreated {
    return {
      order_id: randomUUID(), order_number: `ORD-${Math.floor(Math.random() * 1e6)}`, restaurant_id: restaurantId, restaurant_owner_id: ownerId, customer_id: randomUUID(),
      status: 'confirmed',
      items: [
        { menu_item_id: randomUUID(), name: 'Poulet DG', quantity: 2, unit_price: 6000, variant_name: 'Large', modifiers: ['Extra plantain', 'No pepper'], notes: 'well done' },
        { menu_item_id: randomUUID(), name: 'Jus de bissap', quantity: 1, unit_price: 800 },
      ],
      subtotal: 12800, total_amount: 12800, currency: 'XAF', delivery_type: 'delivery', payment_method: 'cash',
    };
  }

  const moved = (o: OrderCreated, from: OrderStatusChanged['from'], to: OrderStatusChanged['to']): OrderStatusChanged => ({
    order_id: o.order_id, order_number: o.order_number, restaurant_id: o.restaurant_id, restaurant_owner_id: o.restaurant_owner_id, customer_id: o.customer_id, from, to,
  });

  const ticketOf = async (orderId: string) => (await list.list({ actor: cook, data: { order_id: orderId } })).items[0];
  const announced = async (orderId: string) =>
    (await db.dataSource.query(`SELECT envelope FROM outbox WHERE routing_key = 'ticket.status-changed' AND envelope->'payload'->>'order_id' = $1 ORDER BY seq`, [orderId])).map(
      (r: { envelope: { payload: { status: string } } }) => r.envelope.payload.status,
    );

  it('drafts the ticket with its lines at placement and opens it only when the restaurant accepts', async () => {
    const o = orderCreated();
    await draft.draft(o);
    await draft.draft(o); // a redelivery drafts nothing more
    expect(Number((await db.dataSource.query(`SELECT count(*) AS n FROM tickets WHERE order_id = $1`, [o.order_id]))[0].n)).toBe(1);
    // A draft is nothing to cook yet: listed only when asked for.
    expect((await list.list({ actor: cook, data: { order_id: o.order_id } })).items).toEqual([]);
    const [pending] = (await list.list({ actor: cook, data: { order_id: o.order_id, status: 'pending' } })).items;
    expect(pending).toMatchObject({ status: 'pending', order_number: o.order_number, opened_at: null });
    expect(pending.lines).toEqual([
      { menu_item_id: o.items[0].menu_item_id, name: 'Poulet DG', quantity: 2, notes: 'well done', variant_name: 'Large', modifiers: ['Extra plantain', 'No pepper'] },
      { menu_item_id: o.items[1].menu_item_id, name: 'Jus de bissap', quantity: 1, notes: null, variant_name: null, modifiers: [] },
    ]);
    expect((await rejection(move.move(cook, pending.id, 'start'))).code).toBe('INVALID_STATE_TRANSITION');
    await follow.follow(moved(o, 'created', 'confirmed'));
    expect((await list.list({ actor: cook, data: { order_id: o.order_id, status: 'pending' } })).items).toHaveLength(1);

    await follow.follow(moved(o, 'confirmed', 'accepted'));
    await follow.follow(moved(o, 'confirmed', 'accepted')); // redelivered
    expect(await ticketOf(o.order_id)).toMatchObject({ status: 'open', opened_at: expect.any(String) });
    expect(await announced(o.order_id)).toEqual(['open']);
  });

  it('lets the line start and ready a ticket, announcing each move; a wrong move is 422', async () => {
    const o = orderCreated();
    await draft.draft(o);
    await follow.follow(moved(o, 'confirmed', 'accepted'));
    const { id } = await ticketOf(o.order_id);

    expect((await rejection(move.move(cook, id, 'ready'))).code).toBe('INVALID_STATE_TRANSITION');
    expect((await rejection(move.move(foreignCook, id, 'start'))).code).toBe('FORBIDDEN');
    expect((await rejection(move.move(cook, randomUUID(), 'start'))).code).toBe('NOT_FOUND');
    expect(await move.move(cook, id, 'start')).toMatchObject({ status: 'in_progress', started_at: expect.any(String) });
    expect((await rejection(move.move(cook, id, 'start'))).code).toBe('INVALID_STATE_TRANSITION');
    expect(await move.move(owner, id, 'ready')).toMatchObject({ status: 'done', ready_at: expect.any(String) });
    expect(await announced(o.order_id)).toEqual(['open', 'in_progress', 'done']);

    // Ordering's echo of those moves (order preparing, ready) changes nothing more.
    await follow.follow(moved(o, 'accepted', 'preparing'));
    await follow.follow(moved(o, 'preparing', 'ready'));
    expect(await announced(o.order_id)).toEqual(['open', 'in_progress', 'done']);
  });

  it('moves the ticket for the restaurant moving the order itself, once', async () => {
    const o = orderCreated();
    await draft.draft(o);
    await follow.follow(moved(o, 'confirmed', 'accepted'));
    await move.moveForOrder(owner, o.order_id, 'preparing');
    expect((await ticketOf(o.order_id)).status).toBe('in_progress');
    // The order's own news of it (ordering applied the ticket's move) changes nothing more.
    await follow.follow(moved(o, 'accepted', 'preparing'));
    expect(await move.moveForOrder(owner, o.order_id, 'preparing')).toMatchObject({ status: 'in_progress' });
    await move.moveForOrder(owner, o.order_id, 'ready');
    expect((await ticketOf(o.order_id)).status).toBe('done');
    await follow.follow(moved(o, 'preparing', 'ready'));
    expect(await announced(o.order_id)).toEqual(['open', 'in_progress', 'done']);
  });

  it('moves a ticket whose acceptance it has not applied yet, and refuses a void one or another restaurant’s', async () => {
    const early = orderCreated();
    await draft.draft(early);
    expect(await move.moveForOrder(owner, early.order_id, 'ready')).toMatchObject({ status: 'done', opened_at: expect.any(String), ready_at: expect.any(String) });
    const voided = orderCreated();
    await draft.draft(voided);
    await follow.follow(moved(voided, 'confirmed', 'cancelled'));
    expect((await rejection(move.moveForOrder(owner, voided.order_id, 'preparing'))).code).toBe('INVALID_STATE_TRANSITION');
    expect((await rejection(move.moveForOrder({ user_id: randomUUID(), role: 'restaurant_owner' }, early.order_id, 'ready'))).code).toBe('FORBIDDEN');
    expect((await rejection(move.moveForOrder(owner, randomUUID(), 'ready'))).code).toBe('NOT_FOUND');
  });

  it('voids the ticket when its order is cancelled, before or after acceptance', async () => {
    const rejected = orderCreated();
    await draft.draft(rejected);
    await follow.follow(moved(rejected, 'confirmed', 'cancelled'));
    expect(await ticketOf(rejected.order_id)).toMatchObject({ status: 'void', voided_at: expect.any(String) });

    const cancelled = orderCreated();
    await draft.draft(cancelled);
    await follow.follow(moved(cancelled, 'confirmed', 'accepted'));
    await follow.follow(moved(cancelled, 'accepted', 'cancelled'));
    await follow.follow(moved(cancelled, 'accepted', 'cancelled'));
    expect((await ticketOf(cancelled.order_id)).status).toBe('void');
    expect(await announced(cancelled.order_id)).toEqual(['open', 'void']);
    expect((await rejection(move.move(cook, (await ticketOf(cancelled.order_id)).id, 'start'))).code).toBe('INVALID_STATE_TRANSITION');
  });

  it('keeps an acceptance or a cancellation that arrives before the order it moves, and ignores other moves of unknown orders', async () => {
    const early = orderCreated();
    expect(await follow.follow(moved(early, 'confirmed', 'accepted'))).toBeNull();
    expect(await follow.follow(moved(early, 'created', 'confirmed'))).toBeNull();
    expect((await db.dataSource.query(`SELECT status FROM early_order_statuses WHERE order_id = $1`, [early.order_id])).map((r: { status: string }) => r.status)).toEqual(['accepted']);
    // order.created applies what was kept: the ticket opens at once.
    expect(await draft.draft(early)).toMatchObject({ status: 'open', opened_at: expect.any(Date) });
    expect(await db.dataSource.query(`SELECT status FROM early_order_statuses WHERE order_id = $1`, [early.order_id])).toEqual([]);

    const cancelledFirst = orderCreated();
    expect(await follow.follow(moved(cancelledFirst, 'confirmed', 'cancelled'))).toBeNull();
    // The late creation does not bring the cancelled order back: its ticket is drafted void.
    expect(await draft.draft(cancelledFirst)).toMatchObject({ status: 'void', voided_at: expect.any(Date), opened_at: null });
    expect(await announced(cancelledFirst.order_id)).toEqual(['void']);
  });

  it('brings the ticket along when another door moves the order through cooking, forward only, once under redelivery', async () => {
    // An admin's override to preparing, then to ready, then the order delivered and completed.
    const o = orderCreated();
    await draft.draft(o);
    await follow.follow(moved(o, 'confirmed', 'accepted'));
    expect(await follow.follow(moved(o, 'accepted', 'preparing'))).toMatchObject({ status: 'in_progress', started_at: expect.any(Date) });
    await follow.follow(moved(o, 'accepted', 'preparing')); // redelivered
    expect((await ticketOf(o.order_id)).status).toBe('in_progress');
    expect(await follow.follow(moved(o, 'preparing', 'ready'))).toMatchObject({ status: 'done', ready_at: expect.any(Date) });
    for (const [from, to] of [['ready', 'assigned'], ['in_transit', 'delivered'], ['delivered', 'completed'], ['preparing', 'ready']] as const) await follow.follow(moved(o, from, to));
    expect(await ticketOf(o.order_id)).toMatchObject({ status: 'done', started_at: expect.any(String), ready_at: expect.any(String) });
    expect(await announced(o.order_id)).toEqual(['open', 'in_progress', 'done']);
    // The line cannot move it again: cooking is over.
    expect((await rejection(move.move(cook, (await ticketOf(o.order_id)).id, 'ready'))).code).toBe('INVALID_STATE_TRANSITION');
  });

  it('brings the ticket of an order walked to completed to done whatever order the walk’s events arrive in', async () => {
    // The dashboard walks a pickup order accepted → preparing → ready → completed in one go; its events arrive last first.
    const o = orderCreated();
    await draft.draft(o);
    await follow.follow(moved(o, 'confirmed', 'accepted'));
    await follow.follow(moved(o, 'ready', 'completed'));
    await follow.follow(moved(o, 'preparing', 'ready'));
    await follow.follow(moved(o, 'accepted', 'preparing'));
    await follow.follow(moved(o, 'ready', 'completed')); // redelivered
    expect(await ticketOf(o.order_id)).toMatchObject({ status: 'done', opened_at: expect.any(String), started_at: null, ready_at: expect.any(String) });
    expect(await announced(o.order_id)).toEqual(['open', 'done']);
  });

  it('keeps cooking moves that arrive before the ticket is drafted and applies them when it is', async () => {
    const early = orderCreated();
    // Accepted and moved to preparing by the admin before kitchen applied order.created: both kept.
    expect(await follow.follow(moved(early, 'accepted', 'preparing'))).toBeNull();
    expect(await follow.follow(moved(early, 'confirmed', 'accepted'))).toBeNull();
    await draft.draft(early);
    expect(await ticketOf(early.order_id)).toMatchObject({ status: 'in_progress', opened_at: expect.any(String), started_at: expect.any(String) });
    // Redeliveries of the early moves change nothing now; a later one still moves it on.
    await follow.follow(moved(early, 'accepted', 'preparing'));
    await follow.follow(moved(early, 'confirmed', 'accepted'));
    await follow.follow(moved(early, 'ready', 'completed'));
    expect((await ticketOf(early.order_id)).status).toBe('done');
    expect(await announced(early.order_id)).toEqual(['in_progress', 'done']);
  });

  it('leaves the ticket of a cancelled order void whatever cooking news comes after', async () => {
    const o = orderCreated();
    await draft.draft(o);
    await follow.follow(moved(o, 'confirmed', 'accepted'));
    await follow.follow(moved(o, 'accepted', 'cancelled'));
    await follow.follow(moved(o, 'accepted', 'preparing'));
    await follow.follow(moved(o, 'preparing', 'ready'));
    expect((await ticketOf(o.order_id)).status).toBe('void');
    expect(await announced(o.order_id)).toEqual(['open', 'void']);
  });

  it('filters by status and pages, for the restaurant the token acts for only', async () => {
    const open = await list.list({ actor: cook, data: { status: 'open', limit: 100 } });
    expect(open.items.every((t) => t.status === 'open' && t.restaurant_id === restaurantId)).toBe(true);
    const paged = await list.list({ actor: cook, data: { limit: 2, page: 1 } });
    expect(paged.items).toHaveLength(2);
    expect(paged.pagination.total).toBeGreaterThanOrEqual(5);
    expect((await list.list({ actor: foreignCook, data: {} })).items).toEqual([]);
    expect((await list.list({ actor: owner, data: {} })).pagination.total).toBe(paged.pagination.total);
    expect((await rejection(list.list({ actor: cook, data: { status: 'cooking' } }))).code).toBe('VALIDATION_ERROR');
  });
});
