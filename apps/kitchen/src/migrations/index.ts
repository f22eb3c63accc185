import { MessagingTables1700000000000 } from '@platter/messaging';
import { CreateTickets1700000001000 } from './1700000001000-create-tickets';

export const kitchenMigrations = [MessagingTables1700000000000, CreateTickets1700000001000];
