import { Injectable } from '@nestjs/common';
import { OrderCreated } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { TicketMover } from '../../ticket-mover';
import { ticketStatusAfterEarlyNews } from '../../ticket-rules';
import { TicketRepository } from '../../ticket.repository';
import { Ticket, TicketLine } from '../../ticket.entity';

/**
 * Drafts the ticket of a new order (pending): order.created is the one event that carries the
 * lines, but the kitchen cooks only once the restaurant accepts (order.status-changed → open).
 * Once per order, whatever the redeliveries. Statuses the order reached before this event arrived
 * (kept by FollowOrderService) are applied at once: a cancelled order's ticket is drafted void.
 */
@Injectable()
export class DraftTicketService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly tickets: TicketRepository,
    private readonly mover: TicketMover,
  ) {}

  async draft(order: OrderCreated): Promise<Ticket> {
    return this.tx.run(async () => {
      const lines: TicketLine[] = order.items.map((i) => ({
        menu_item_id: i.menu_item_id,
        name: i.name,
        quantity: i.quantity,
        notes: i.notes ?? null,
        variant_name: i.variant_name ?? null,
        modifiers: i.modifiers ?? [],
      }));
      await this.tickets.lockOrder(order.order_id);
      const ticket = await this.tickets.draft({
        order_id: order.order_id,
        order_number: order.order_number,
        restaurant_id: order.restaurant_id,
        restaurant_owner_id: order.restaurant_owner_id,
        delivery_type: order.delivery_type,
        lines,
      });
      const early = await this.tickets.takeEarlyStatuses(order.order_id);
      const next = early.length ? ticketStatusAfterEarlyNews(ticket.status, early) : null;
      return next ? this.mover.move(ticket, next) : ticket;
    });
  }
}
