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
 * Where an order's status change takes its ticket, or null when the ticket stays as it is. The
 * restaurant can also move its orders directly (PUT /restaurant/orders/:id/preparing|ready): the
 * ticket follows, so both paths agree whichever comes first.
 */
export function ticketStatusForOrder(current: TicketStatus, order: OrderStatus): TicketStatus | null {
  switch (order) {
    case 'accepted':
      return current === 'pending' ? 'open' : null;
    case 'preparing':
      return current === 'pending' || current === 'open' ? 'in_progress' : null;
    case 'ready':
      return current === 'pending' || current === 'open' || current === 'in_progress' ? 'done' : null;
    case 'cancelled':
      return current === 'void' ? null : 'void';
    default:
      return null;
  }
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
