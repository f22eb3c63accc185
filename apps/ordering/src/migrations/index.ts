import { MessagingTables1700000000000 } from '@platter/messaging';
import { CreateReplicas1700000001000 } from './1700000001000-create-replicas';
import { CreateOrders1700000002000 } from './1700000002000-create-orders';
import { AddGuestOrders1700000003000 } from './1700000003000-add-guest-orders';

export const orderingMigrations = [MessagingTables1700000000000, CreateReplicas1700000001000, CreateOrders1700000002000, AddGuestOrders1700000003000];
