import { TicketView } from '@platter/contracts';
import { Ticket } from './ticket.entity';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A ticket as the line sees it (the owner id it is filed under stays inside kitchen). */
export function toTicketView(t: Ticket): TicketView {
  return {
    id: t.id,
    order_id: t.order_id,
    order_number: t.order_number,
    restaurant_id: t.restaurant_id,
    status: t.status,
    delivery_type: t.delivery_type,
    lines: t.lines.map((l) => ({
      menu_item_id: l.menu_item_id,
      name: l.name,
      quantity: l.quantity,
      notes: l.notes ?? null,
      variant_name: l.variant_name ?? null,
      modifiers: l.modifiers ?? [],
    })),
    opened_at: iso(t.opened_at),
    started_at: iso(t.started_at),
    ready_at: iso(t.ready_at),
    voided_at: iso(t.voided_at),
    created_at: t.created_at.toISOString(),
    updated_at: t.updated_at.toISOString(),
  };
}
