import { DataSource } from 'typeorm';
import { MessagingLogger } from '../ports';

/**
 * Counts how often a message was delivered without its delivery completing (the process died or
 * its channel closed with the message in hand), so the transport can dead-letter a message that
 * kills every consumer that takes it. Only redeliveries are counted: the first delivery of a
 * message costs nothing here.
 */
export interface DeliveryAttempts {
  /** Records one more delivery of a redelivered message; resolves to its deliveries so far, this one included. */
  countRedelivery(messageId: string): Promise<number>;
  /** The message completed (handled, retried or dead-lettered): its count is no longer needed. */
  forget(messageId: string): void;
}

/**
 * In-process counts, for services without a database. They die with the process, so they catch a
 * message that keeps closing the channel, not one that kills the process (docs/architecture.md).
 */
export class MemoryDeliveryAttempts implements DeliveryAttempts {
  private readonly counts = new Map<string, number>();

  constructor(private readonly capacity = 10_000) {}

  async countRedelivery(messageId: string): Promise<number> {
    // Not seen here before: the earlier delivery (or deliveries) went to a process that is gone.
    const count = (this.counts.get(messageId) ?? 1) + 1;
    this.counts.delete(messageId);
    this.counts.set(messageId, count);
    if (this.counts.size > this.capacity) this.counts.delete(this.counts.keys().next().value as string);
    return count;
  }

  forget(messageId: string): void {
    this.counts.delete(messageId);
  }
}

/** PostgreSQL SQLSTATE undefined_table: the service does not list DeliveryAttempts in its migrations. */
const UNDEFINED_TABLE = '42P01';

/**
 * Counts in the service's `delivery_attempts` table, each in its own autocommit statement outside
 * the handler's transaction, so a count survives the process dying and the rollback of its work.
 * When the table is missing or the database does not answer, it counts in memory instead: handling
 * the message matters more than counting it.
 */
export class DatabaseDeliveryAttempts implements DeliveryAttempts {
  private readonly memory = new MemoryDeliveryAttempts();
  private tableMissing = false;

  constructor(private readonly dataSource: DataSource, private readonly consumer: string, private readonly log: MessagingLogger) {}

  async countRedelivery(messageId: string): Promise<number> {
    if (this.tableMissing) return this.memory.countRedelivery(messageId);
    try {
      // A first row starts at 2: the delivery before this one did not complete either.
      const rows: Array<{ count: number }> = await this.dataSource.query(
        `INSERT INTO delivery_attempts (consumer, message_id, count, last_at) VALUES ($1, $2, 2, now())
         ON CONFLICT (consumer, message_id) DO UPDATE SET count = delivery_attempts.count + 1, last_at = now()
         RETURNING count`,
        [this.consumer, messageId],
      );
      return Number(rows[0].count);
    } catch (err) {
      if ((err as { code?: unknown }).code === UNDEFINED_TABLE || (err as { driverError?: { code?: unknown } }).driverError?.code === UNDEFINED_TABLE) {
        this.tableMissing = true;
        this.log.warn({ consumer: this.consumer }, 'no delivery_attempts table (migration DeliveryAttempts missing): counting redeliveries in memory');
      } else {
        this.log.warn({ consumer: this.consumer, err: (err as Error).message }, 'could not count a redelivery; counting it in memory');
      }
      return this.memory.countRedelivery(messageId);
    }
  }

  forget(messageId: string): void {
    this.memory.forget(messageId);
    if (this.tableMissing) return;
    this.dataSource
      .query(`DELETE FROM delivery_attempts WHERE consumer = $1 AND message_id = $2`, [this.consumer, messageId])
      .catch((err: Error) => this.log.warn({ consumer: this.consumer, err: err.message }, 'could not clear a delivery count'));
  }
}
