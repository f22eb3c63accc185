import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { FindOptionsWhere } from 'typeorm';
import { OrderStatus, TicketStatus } from '@platter/contracts';
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

  /**
   * Holds the order's lock until the transaction ends, so the order's ticket drafting and its status
   * news are applied one after the other: without it, news checked for a ticket a concurrent draft
   * has not committed yet, and that draft checking for news not committed yet, would both miss.
   */
  async lockOrder(orderId: string): Promise<void> {
    await this.tx.manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('kitchen.ticket:' || $1, 0))`, [orderId]);
  }

  /** Keeps a status of an order that has no ticket yet (once per status). */
  async keepEarlyStatus(orderId: string, status: OrderStatus): Promise<void> {
    await this.tx.manager.query(`INSERT INTO early_order_statuses (order_id, status) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [orderId, status]);
  }

  /** The statuses kept for the order before its ticket existed, removed now that the ticket carries them. */
  async takeEarlyStatuses(orderId: string): Promise<OrderStatus[]> {
    // TypeORM answers a DELETE's query() as [rows, rowCount].
    const [rows]: [Array<{ status: OrderStatus }>, number] = await this.tx.manager.query(`DELETE FROM early_order_statuses WHERE order_id = $1 RETURNING status`, [orderId]);
    return rows.map((r) => r.status);
  }

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
