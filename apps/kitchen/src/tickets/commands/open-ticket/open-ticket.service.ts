import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { OrderCreated } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { Ticket } from '../../ticket.entity';

/** Opens the kitchen ticket for a new order (once per order, whatever the redeliveries). */
@Injectable()
export class OpenTicketService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly events: EventPublisher,
  ) {}

  async open(order: OrderCreated): Promise<Ticket> {
    return this.tx.run(async () => {
      const repo = this.tx.repository(Ticket);
      const existing = await repo.findOneBy({ order_id: order.order_id });
      if (existing) return existing;
      const ticket = repo.create({
        id: randomUUID(),
        order_id: order.order_id,
        order_number: order.order_number,
        restaurant_id: order.restaurant_id,
        restaurant_owner_id: order.restaurant_owner_id,
        status: 'open',
        delivery_type: order.delivery_type,
        lines: order.items.map((i) => ({ menu_item_id: i.menu_item_id, name: i.name, quantity: i.quantity, notes: i.notes ?? null })),
      });
      await repo.insert(ticket);
      await this.events.publish('ticket.status-changed', {
        ticket_id: ticket.id,
        order_id: ticket.order_id,
        restaurant_id: ticket.restaurant_id,
        status: 'open',
      });
      return ticket;
    });
  }
}
