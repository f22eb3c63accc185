import { OrderStatus, TicketStatus } from '@platter/contracts';

/** What the line does to a ticket: start cooking it, or call it ready. */
export type TicketAction = 'start' | 'ready';

const LINE_MOVES: Record<TicketAction, { from: TicketStatus; to: TicketStatus }> = {
  start: { from: 'open', to: 'in_progress' },
  ready: { from: 'in_progress', to: 'done' },
};

/**
 * Where the line's action takes a ticket, or null when the ticket is not where the action starts
 * (a pending ticket's order is not accepted yet; a done or void ticket is finished).
 */
export function ticketStatusAfter(current: TicketStatus, action: TicketAction): TicketStatus | null {
  const move = LINE_MOVES[action];
  return current === move.from ? move.to : null;
}

/**
 * Where the saga's news of an order takes its ticket, or null when the ticket stays as it is: the
 * restaurant accepting the order opens it, cancelling voids it. Cooking progress is
 * ticketStatusCatchingUp's.
 */
export function ticketStatusForOrder(current: TicketStatus, order: OrderStatus): TicketStatus | null {
  switch (order) {
    case 'accepted':
      return current === 'pending' ? 'open' : null;
    case 'cancelled':
      return current === 'void' ? null : 'void';
    default:
      return null;
  }
}

/** What the restaurant's own order routes ask of the ticket (PUT /restaurant/orders/:id/preparing|ready). */
export type RestaurantStep = 'preparing' | 'ready';

/**
 * Where the restaurant's own route takes its order's ticket, or null when the ticket is already
 * there or past it (pressing the button twice is no error). Ordering has checked the order is
 * accepted, so a ticket whose acceptance kitchen has not applied yet (pending), or one not started
 * (open), skips ahead. A void ticket is refused by the caller.
 */
export function ticketStatusForRestaurantStep(current: TicketStatus, step: RestaurantStep): TicketStatus | null {
  if (step === 'preparing') return current === 'pending' || current === 'open' ? 'in_progress' : null;
  return current === 'pending' || current === 'open' || current === 'in_progress' ? 'done' : null;
}

/**
 * The cooking step an order's status says is behind it: preparing, or ready for ready and every
 * status after it (the order was handed to a driver, collected, delivered or completed); null for
 * the statuses before cooking starts and for cancelled.
 */
export function cookingStepOfOrder(order: OrderStatus): RestaurantStep | null {
  switch (order) {
    case 'preparing':
      return 'preparing';
    case 'ready':
    case 'assigned':
    case 'picked_up':
    case 'in_transit':
    case 'delivered':
    case 'completed':
      return 'ready';
    default:
      return null;
  }
}

/**
 * Where an order moved through cooking by a door other than kitchen's (the dashboard walking a
 * pickup order to completed, an admin's override) takes its ticket: forward only, so a duplicate,
 * a late event, or ordering's own news of a move kitchen made changes nothing; a void ticket stays
 * void.
 */
export function ticketStatusCatchingUp(current: TicketStatus, order: OrderStatus): TicketStatus | null {
  const step = cookingStepOfOrder(order);
  if (!step || current === 'void') return null;
  return ticketStatusForRestaurantStep(current, step);
}

/**
 * Whether kitchen keeps a status that arrives for an order it has no ticket for yet: acceptance,
 * cooking and cancellation all decide where the ticket must be once order.created drafts it.
 */
export function isKeptBeforeTicket(order: OrderStatus): boolean {
  return order === 'accepted' || order === 'cancelled' || cookingStepOfOrder(order) !== null;
}

/**
 * Where a freshly drafted ticket goes given the statuses its order reached before kitchen saw it
 * created, in whatever order they arrived: void if the order was cancelled (the late creation does not
 * bring it back), else as far as acceptance and cooking took it; null when it stays pending.
 */
export function ticketStatusAfterEarlyNews(current: TicketStatus, early: OrderStatus[]): TicketStatus | null {
  if (early.includes('cancelled')) return current === 'void' ? null : 'void';
  let status = current;
  for (const order of early) status = ticketStatusForOrder(status, order) ?? ticketStatusCatchingUp(status, order) ?? status;
  return status === current ? null : status;
}

/** The timestamp column a status sets when a ticket enters it. */
export function timestampOf(status: TicketStatus): 'opened_at' | 'started_at' | 'ready_at' | 'voided_at' | null {
  switch (status) {
    case 'open':
      return 'opened_at';
    case 'in_progress':
      return 'started_at';
    case 'done':
      return 'ready_at';
    case 'void':
      return 'voided_at';
    default:
      return null;
  }
}
