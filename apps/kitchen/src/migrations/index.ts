import { MESSAGING_MIGRATIONS } from '@platter/messaging';
import { CreateTickets1700000001000 } from './1700000001000-create-tickets';
import { CreateMenuItemCopies1700000002000 } from './1700000002000-create-menu-item-copies';
import { TicketLifecycleAndConfig1700000003000 } from './1700000003000-ticket-lifecycle-and-config';
import { EarlyOrderStatuses1700000004000 } from './1700000004000-early-order-statuses';

export const kitchenMigrations = [...MESSAGING_MIGRATIONS, CreateTickets1700000001000, CreateMenuItemCopies1700000002000, TicketLifecycleAndConfig1700000003000, EarlyOrderStatuses1700000004000];
