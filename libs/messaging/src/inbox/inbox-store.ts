import { EntityManager } from 'typeorm';

/**
 * Records (consumer, message id) in the consumer's transaction. False means the message was
 * applied before: the caller acks it without applying it again.
 */
export async function recordInInbox(manager: EntityManager, consumer: string, messageId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `INSERT INTO inbox (consumer, message_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING message_id`,
    [consumer, messageId],
  );
  return rows.length === 1;
}
