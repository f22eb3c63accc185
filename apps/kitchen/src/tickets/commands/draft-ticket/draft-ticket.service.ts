import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { OrderCreated } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { Ticket, TicketLine } from '../../ticket.entity';

/**
 * Drafts the ticket of a new order (pending): order.created is the one event that carries the
 * lines, but the kitchen cooks only once the restaurant accepts (order.status-changed → open).
 * Once per order, whatever the redeliveries.
 */
@Injectable()
export class DraftTicketService {
  constructor(private readonly tx: TransactionHost) {}

  async draft(order: OrderCreated): Promise<Ticket> {
    return this.tx.run(async (manager) => {
      const lines: TicketLine[] = order.items.map((i) => ({
        menu_item_id: i.menu_item_id,
        name: i.name,
        quantity: i.quantity,
        notes: i.notes ?? null,
        variant_name: i.variant_name ?? null,
        modifiers: i.modifiers ?? [],
      }));
      await manager.query(
        `INSERT INTO tickets (id, order_id, order_number, restaurant_id, restaurant_owner_id, status, lines, delivery_type)
         VALUES ($1, $2, $3, $4, $5, 'pending', $6::jsonb, $7)
         ON CONFLICT (order_id) DO NOTHING`,
        [randomUUID(), order.order_id, order.order_number, order.restaurant_id, order.restaurant_owner_id, JSON.stringify(lines), order.delivery_type],
      );
      return this.tx.repository(Ticket).findOneByOrFail({ order_id: order.order_id });
    });
  }
}
