import { MessagingTables1700000000000 } from '@platter/messaging';
import { CreateIdentityTables1700000001000 } from './1700000001000-create-identity-tables';

export const identityMigrations = [MessagingTables1700000000000, CreateIdentityTables1700000001000];
