import { OrderStatus } from '@platter/contracts';
import { cookingStepOfOrder, isKeptBeforeTicket, ticketStatusAfter, ticketStatusAfterEarlyNews, ticketStatusCatchingUp, ticketStatusForOrder, ticketStatusForRestaurantStep, timestampOf } from './ticket-rules';

describe('ticketStatusAfter (the line moves a ticket)', () => {
  it('starts an open ticket and readies one in progress', () => {
    expect(ticketStatusAfter('open', 'start')).toBe('in_progress');
    expect(ticketStatusAfter('in_progress', 'ready')).toBe('done');
  });

  it('refuses every other move', () => {
    expect(ticketStatusAfter('pending', 'start')).toBeNull();
    expect(ticketStatusAfter('in_progress', 'start')).toBeNull();
    expect(ticketStatusAfter('open', 'ready')).toBeNull();
    expect(ticketStatusAfter('done', 'ready')).toBeNull();
    expect(ticketStatusAfter('void', 'start')).toBeNull();
    expect(ticketStatusAfter('void', 'ready')).toBeNull();
  });
});

describe('ticketStatusForOrder (the order moves its ticket)', () => {
  it('opens the draft when the restaurant accepts the order, once', () => {
    expect(ticketStatusForOrder('pending', 'accepted')).toBe('open');
    expect(ticketStatusForOrder('open', 'accepted')).toBeNull();
    expect(ticketStatusForOrder('void', 'accepted')).toBeNull();
  });

  it('moves the ticket for the restaurant moving the order itself, never backwards', () => {
    expect(ticketStatusForRestaurantStep('open', 'preparing')).toBe('in_progress');
    expect(ticketStatusForRestaurantStep('in_progress', 'preparing')).toBeNull();
    expect(ticketStatusForRestaurantStep('done', 'preparing')).toBeNull();
    expect(ticketStatusForRestaurantStep('in_progress', 'ready')).toBe('done');
    expect(ticketStatusForRestaurantStep('open', 'ready')).toBe('done');
    expect(ticketStatusForRestaurantStep('done', 'ready')).toBeNull();
  });

  it('is the only writer of cooking progress: the order reaching preparing or ready moves no ticket', () => {
    for (const s of ['pending', 'open', 'in_progress'] as const) {
      expect(ticketStatusForOrder(s, 'preparing')).toBeNull();
      expect(ticketStatusForOrder(s, 'ready')).toBeNull();
    }
  });

  it('voids the ticket of a cancelled order whatever its state, once', () => {
    for (const s of ['pending', 'open', 'in_progress', 'done'] as const) expect(ticketStatusForOrder(s, 'cancelled')).toBe('void');
    expect(ticketStatusForOrder('void', 'cancelled')).toBeNull();
  });

  it('ignores the order states the kitchen has nothing to do with', () => {
    for (const o of ['created', 'confirmed', 'assigned', 'picked_up', 'in_transit', 'delivered', 'completed'] as const) {
      expect(ticketStatusForOrder('open', o)).toBeNull();
      expect(ticketStatusForOrder('pending', o)).toBeNull();
    }
  });
});

describe('ticketStatusCatchingUp (an order moved through cooking by another door brings its ticket along)', () => {
  it('reads preparing as started, and ready or any status after it as ready', () => {
    expect(cookingStepOfOrder('preparing')).toBe('preparing');
    for (const o of ['ready', 'assigned', 'picked_up', 'in_transit', 'delivered', 'completed'] as const) expect(cookingStepOfOrder(o)).toBe('ready');
    for (const o of ['created', 'confirmed', 'accepted', 'cancelled'] as const) expect(cookingStepOfOrder(o)).toBeNull();
  });

  it('moves the ticket forward to match, skipping a step if need be', () => {
    expect(ticketStatusCatchingUp('open', 'preparing')).toBe('in_progress');
    expect(ticketStatusCatchingUp('pending', 'preparing')).toBe('in_progress');
    expect(ticketStatusCatchingUp('open', 'ready')).toBe('done');
    expect(ticketStatusCatchingUp('in_progress', 'completed')).toBe('done');
    expect(ticketStatusCatchingUp('pending', 'delivered')).toBe('done');
  });

  it('never moves it backwards, again, or out of void', () => {
    expect(ticketStatusCatchingUp('in_progress', 'preparing')).toBeNull();
    expect(ticketStatusCatchingUp('done', 'preparing')).toBeNull();
    expect(ticketStatusCatchingUp('done', 'ready')).toBeNull();
    expect(ticketStatusCatchingUp('done', 'completed')).toBeNull();
    for (const o of ['preparing', 'ready', 'completed'] as const) expect(ticketStatusCatchingUp('void', o)).toBeNull();
    for (const o of ['accepted', 'cancelled', 'confirmed'] as const) expect(ticketStatusCatchingUp('open', o)).toBeNull();
  });
});

describe('timestampOf', () => {
  it('names the column each status stamps', () => {
    expect(timestampOf('open')).toBe('opened_at');
    expect(timestampOf('in_progress')).toBe('started_at');
    expect(timestampOf('done')).toBe('ready_at');
    expect(timestampOf('void')).toBe('voided_at');
    expect(timestampOf('pending')).toBeNull();
  });
});

describe('ticketStatusAfterEarlyNews', () => {
  it('drafts a cancelled order void whatever else was heard, and otherwise goes as far as acceptance and cooking took it', () => {
    expect(ticketStatusAfterEarlyNews('pending', ['preparing', 'cancelled', 'accepted'])).toBe('void');
    expect(ticketStatusAfterEarlyNews('void', ['cancelled'])).toBeNull();
    expect(ticketStatusAfterEarlyNews('pending', ['accepted'])).toBe('open');
    expect(ticketStatusAfterEarlyNews('pending', ['preparing', 'accepted'])).toBe('in_progress');
    expect(ticketStatusAfterEarlyNews('pending', ['ready', 'accepted', 'preparing'])).toBe('done');
    expect(ticketStatusAfterEarlyNews('done', ['accepted', 'preparing'])).toBeNull();
  });

  it('keeps acceptance, cooking and cancellation of an order without a ticket, nothing else', () => {
    expect((['accepted', 'preparing', 'ready', 'completed', 'cancelled'] as OrderStatus[]).every(isKeptBeforeTicket)).toBe(true);
    expect((['created', 'confirmed'] as OrderStatus[]).some(isKeptBeforeTicket)).toBe(false);
  });
});
