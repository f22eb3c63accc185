import { MessagingTables1700000000000 } from '@platter/messaging';
import { CreateCrmCustomers1700000001000 } from './1700000001000-create-crm-customers';

export const marketingMigrations = [MessagingTables1700000000000, CreateCrmCustomers1700000001000];
