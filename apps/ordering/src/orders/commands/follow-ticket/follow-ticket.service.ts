import { Injectable, Logger } from '@nestjs/common';
import { Actor, TicketStatus } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { orderStatusOfTicket } from '../../domain/order-path';
import { OrderAccess } from '../../order-access';
import { OrderStatusChanger } from '../../order-status-changer';

/** What a ticket's state says of its order. */
export interface TicketState {
  ticket_id: string;
  order_id: string;
  status: TicketStatus;
}

/**
 * The kitchen's ticket drives the order: in_progress → preparing, done → ready (with preparing first
 * if the kitchen skipped it). Applying the same ticket state twice changes nothing (the consumer's
 * redelivery, or the event of a move the restaurant's own route already applied). Only an accepted
 * order is moved: the kitchen opens tickets on acceptance, so an earlier one is left alone.
 */
@Injectable()
export class FollowTicketService {
  private readonly log = new Logger(FollowTicketService.name);

  constructor(
    private readonly tx: TransactionHost,
    private readonly statuses: OrderStatusChanger,
    private readonly access: OrderAccess,
  ) {}

  /** `by`: the restaurant member whose own route moved the ticket (recorded as the order's mover); absent for kitchen's event. */
  async apply(e: TicketState, by?: Actor): Promise<void> {
    const target = orderStatusOfTicket(e.status);
    if (!target) return;
    await this.tx.run(async () => {
      const order = await this.access.forPlatform(e.order_id);
      if (!order) return this.log.warn(`ticket.status-changed for unknown order ${e.order_id}: ignored`);
      if (order.status === 'created' || order.status === 'confirmed') {
        return this.log.warn(`ticket ${e.ticket_id} is ${e.status} but order ${order.id} is only ${order.status}: ignored`);
      }
      await this.statuses.advance(order, target, { actorId: by?.user_id ?? null, reason: `kitchen ticket ${e.status}`, owner: () => this.access.ownerOf(order) });
    });
  }
}
