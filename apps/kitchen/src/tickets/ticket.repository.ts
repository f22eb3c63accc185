import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { FindOptionsWhere } from 'typeorm';
import { TicketStatus } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { Ticket, TicketLine } from './ticket.entity';

/** A ticket to draft from order.created. */
export interface TicketDraft {
  order_id: string;
  order_number: string;
  restaurant_id: string;
  restaurant_owner_id: string;
  delivery_type: string;
  lines: TicketLine[];
}

/** The tickets table, in the caller's transaction (TransactionHost). */
@Injectable()
export class TicketRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Drafts the order's ticket (pending) unless it has one already (a redelivery); answers the order's ticket. */
  async draft(draft: TicketDraft): Promise<Ticket> {
    await this.tx.manager
      .createQueryBuilder()
      .insert()
      .into(Ticket)
      .values({ id: randomUUID(), status: 'pending', ...draft })
      .orIgnore()
      .updateEntity(false)
      .execute();
    return this.tx.repository(Ticket).findOneByOrFail({ order_id: draft.order_id });
  }

  /** The ticket, locked FOR UPDATE, so moves of one ticket are checked one after the other; null when none. */
  lock(where: { id: string } | { order_id: string }): Promise<Ticket | null> {
    return this.tx.repository(Ticket).findOne({ where, lock: { mode: 'pessimistic_write' } });
  }

  /** Writes the new status and its stamps; answers the ticket as it now stands. */
  async move(ticket: Ticket, to: TicketStatus, stamps: Partial<Ticket>): Promise<Ticket> {
    await this.tx.repository(Ticket).update({ id: ticket.id }, { status: to, ...stamps });
    return this.tx.repository(Ticket).findOneByOrFail({ id: ticket.id });
  }

  /** Newest first, a page at a time, with how many match. */
  page(where: FindOptionsWhere<Ticket>, page: number, limit: number): Promise<[Ticket[], number]> {
    return this.tx.repository(Ticket).findAndCount({ where, order: { created_at: 'DESC', id: 'ASC' }, skip: (page - 1) * limit, take: limit });
  }
}
