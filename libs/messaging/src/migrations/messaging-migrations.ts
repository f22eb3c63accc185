import { DeliveryAttempts1700000000500 } from './delivery-attempts.migration';
import { MessagingTables1700000000000 } from './messaging-tables.migration';
import { OutboxRetriesInboxIndex1700000000100 } from './outbox-retries-inbox-index.migration';

/**
 * The messaging tables' migrations, in order: every service with a database lists them first, so a
 * new one reaches every service without editing each service's list.
 */
export const MESSAGING_MIGRATIONS = [MessagingTables1700000000000, OutboxRetriesInboxIndex1700000000100, DeliveryAttempts1700000000500];
