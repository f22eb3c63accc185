import { Injectable } from '@nestjs/common';
import { Actor, PlatterError, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { TicketState } from '../follow-ticket/follow-ticket.service';

/** The cooking steps the restaurant's own routes ask for. */
export type CookingStep = 'preparing' | 'ready';

/** Kitchen, the one writer of cooking progress: moves the ticket of an order and answers it. */
export abstract class KitchenTickets {
  abstract moveForOrder(actor: Actor, orderId: string, step: CookingStep): Promise<TicketState>;
}

/** Kitchen drafts an order's ticket from order.created: just after placing, it may not have it yet. */
const TICKET_WAIT_ATTEMPTS = 10;
const TICKET_WAIT_MS = 300;

/** Over RPC (kitchen.tickets.start-for-order / ready-for-order); kitchen checks the actor's access to the restaurant again. */
@Injectable()
export class RpcKitchenTickets extends KitchenTickets {
  constructor(private readonly rpc: RpcClient) {
    super();
  }

  async moveForOrder(actor: Actor, orderId: string, step: CookingStep): Promise<TicketState> {
    const pattern = step === 'preparing' ? RPC.kitchen.startTicketForOrder : RPC.kitchen.readyTicketForOrder;
    for (let attempt = 1; ; attempt++) {
      try {
        const ticket = await this.rpc.call(pattern, { actor, data: { order_id: orderId } });
        return { ticket_id: ticket.id, order_id: ticket.order_id, status: ticket.status };
      } catch (err) {
        const ticketNotYetDrafted = err instanceof PlatterError && err.code === 'NOT_FOUND';
        if (!ticketNotYetDrafted || attempt >= TICKET_WAIT_ATTEMPTS) throw err;
        await new Promise((resolve) => setTimeout(resolve, TICKET_WAIT_MS));
      }
    }
  }
}
