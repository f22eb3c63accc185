import { MessagingTables1700000000000 } from '@platter/messaging';
import { CreateDrivers1700000001000 } from './1700000001000-create-drivers';
import { CreateDeliveries1700000002000 } from './1700000002000-create-deliveries';

export const dispatchMigrations = [MessagingTables1700000000000, CreateDrivers1700000001000, CreateDeliveries1700000002000];
