import { MessagingTables1700000000000 } from '@platter/messaging';
import { CreatePayments1700000001000 } from './1700000001000-create-payments';
import { ExtendPayments1700000002000 } from './1700000002000-extend-payments';

export const paymentsMigrations = [MessagingTables1700000000000, CreatePayments1700000001000, ExtendPayments1700000002000];
