import { DataSource } from 'typeorm';

export interface InboxPruneOptions {
  /** The schema whose inbox is pruned: it names the lock, so replicas of one service exclude each other. */
  schema: string;
  retentionDays: number;
  /** Rows per DELETE: short statements keep row locks and WAL bursts small on a big inbox. */
  batchSize?: number;
}

export interface InboxPruneResult {
  /** False when another replica held the prune lock: this one did nothing. */
  ran: boolean;
  deleted: number;
  statements: number;
}

/** The advisory lock key (hashed by PostgreSQL) that one replica at a time holds while pruning. */
export function inboxPruneLockName(schema: string): string {
  return `${schema}.inbox-prune`;
}

/**
 * Deletes inbox rows older than the retention in batches, on one session that holds a
 * session-level advisory lock: every replica runs the prune on its timer, only one works at a
 * time, and each batch commits on its own (no long transaction). The batches use the
 * inbox_received_at index (migration OutboxRetriesInboxIndex).
 */
export async function pruneInbox(dataSource: DataSource, o: InboxPruneOptions): Promise<InboxPruneResult> {
  const batchSize = o.batchSize ?? 5_000;
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [lock] = await runner.query(`SELECT pg_try_advisory_lock(hashtext($1)::bigint) AS locked`, [inboxPruneLockName(o.schema)]);
    if (!lock.locked) return { ran: false, deleted: 0, statements: 0 };
    try {
      // One cutoff for the whole run, so rows that age meanwhile do not keep the loop going.
      const [{ cutoff }] = await runner.query(`SELECT now() - make_interval(days => $1) AS cutoff`, [o.retentionDays]);
      let deleted = 0;
      let statements = 0;
      for (;;) {
        const [row] = await runner.query(
          `WITH doomed AS (
             SELECT consumer, message_id FROM inbox WHERE received_at < $1 LIMIT $2
           ), gone AS (
             DELETE FROM inbox i USING doomed d
              WHERE i.consumer = d.consumer AND i.message_id = d.message_id
             RETURNING 1
           )
           SELECT count(*)::int AS n FROM gone`,
          [cutoff, batchSize],
        );
        statements++;
        deleted += Number(row.n);
        if (Number(row.n) < batchSize) return { ran: true, deleted, statements };
      }
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(hashtext($1)::bigint)`, [inboxPruneLockName(o.schema)]);
    }
  } finally {
    await runner.release();
  }
}
