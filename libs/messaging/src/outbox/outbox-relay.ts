import * as amqp from 'amqplib';
import { Client } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { SECRET_CARRYING_EVENTS, SUBSCRIPTIONS } from '@platter/contracts';
import { AmqpConnection } from '../connection/amqp-connection';
import { pruneInbox } from '../inbox/inbox-pruner';
import { MessagingLogger, MessagingMetrics, noMetrics, silentLogger } from '../ports';
import { Topology } from '../topology';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  /** The schema whose outbox is drained (its NOTIFY channel is `<schema>_outbox`). */
  schema: string;
  /** Connection string for the LISTEN connection (the data source's URL). */
  listenUrl: string;
  connection: AmqpConnection;
  topology: Topology;
  logger?: MessagingLogger;
  metrics?: MessagingMetrics;
  batchSize?: number;
  pollIntervalMs?: number;
  /** After a NOTIFY, wait this long so events committed together go out in one batch. */
  lingerMs?: number;
  /** A broker that neither confirms nor fails (e.g. blocked) must not hold the batch's locks forever. */
  confirmTimeoutMs?: number;
  maxBackoffMs?: number;
  retentionHours?: number;
  /** First wait before an unroutable event is tried again; it doubles per attempt, up to 5 minutes. */
  unroutableRetryMs?: number;
  /** Inbox rows older than this are pruned (same schema, same periodic clean-up). */
  inboxRetentionDays?: number;
}

/**
 * Routing keys some service's durable queue is declared to receive (SUBSCRIPTIONS). These go out
 * `mandatory`: if no queue is bound (provisioning missed it, a binding was deleted) the broker
 * returns the event and the row stays in the outbox instead of being confirmed into nowhere.
 * Every other key (events only the gateway's per-instance queues or nobody consume yet, e.g.
 * restaurant.membership-changed, user.password-changed) has legitimately no durable queue and is
 * published without `mandatory`, so it can never get stuck. Telemetry does not use the outbox.
 */
export const MANDATORY_ROUTING_KEYS: ReadonlySet<string> = new Set(Object.values(SUBSCRIPTIONS).flat());

const MAX_UNROUTABLE_RETRY_MS = 5 * 60_000;

interface OutboxRow {
  seq: string;
  id: string;
  routing_key: string;
  envelope: unknown;
  headers: Record<string, unknown>;
}

/**
 * Drains the outbox to the events exchange with publisher confirms. A row is marked published
 * only after the broker confirmed it, in the transaction that locked it (FOR UPDATE SKIP LOCKED,
 * so several instances of a service share the work). While the broker is down it backs off and
 * keeps trying; events wait in the table. Duplicates after a crash are absorbed by consumers' inboxes.
 */
export class OutboxRelay {
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private channel: amqp.ConfirmChannel | null = null;
  private listener: Client | null = null;
  private listening: Promise<void> | null = null;
  private retryListen: (() => void) | null = null;
  private failures = 0;
  private notified = false;
  private lastCleanup = 0;
  /** Message ids the broker returned on the current channel during the current batch. */
  private readonly returned = new Map<string, string>();
  /** Whether the outbox has the retry columns (migration OutboxRetriesInboxIndex); checked once. */
  private retryColumns: boolean | null = null;
  /** Without those columns: unroutable rows held back in memory, seq → attempts and when to retry. */
  private readonly heldBack = new Map<string, { attempts: number; until: number }>();
  private readonly log: MessagingLogger;
  private readonly metrics: MessagingMetrics;

  constructor(private readonly o: OutboxRelayOptions) {
    this.log = o.logger ?? silentLogger;
    this.metrics = o.metrics ?? noMetrics;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.listening = this.listen();
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    this.retryListen?.();
    // Ends the LISTEN connection even while it is still connecting.
    await this.listener?.end().catch(() => undefined);
    await this.loop;
    await this.listening;
    this.listener = null;
    await this.channel?.close().catch(() => undefined);
    this.channel = null;
  }

  /** Unpublished events and the age of the oldest, for /metrics. */
  async backlog(): Promise<{ backlog: number; oldestAgeSeconds: number }> {
    const [row] = await this.o.dataSource.query(
      `SELECT count(*)::int AS backlog, COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float AS age
         FROM outbox WHERE published_at IS NULL`,
    );
    return { backlog: Number(row.backlog), oldestAgeSeconds: Number(row.age) };
  }

  /** Publishes one batch; returns how many events went out. */
  async drainOnce(): Promise<number> {
    const channel = await this.confirmChannel();
    const batch = this.o.batchSize ?? 200;
    const retryColumns = await this.hasRetryColumns();
    const now = Date.now();
    for (const [seq, held] of this.heldBack) if (held.until <= now) this.heldBack.delete(seq);
    return this.o.dataSource.transaction(async (m) => {
      const rows: OutboxRow[] = retryColumns
        ? await m.query(
            `SELECT seq, id, routing_key, envelope, headers FROM outbox
              WHERE published_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= now())
              ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
            [batch],
          )
        : await m.query(
            `SELECT seq, id, routing_key, envelope, headers FROM outbox
              WHERE published_at IS NULL AND NOT (seq = ANY($2::bigint[]))
              ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
            [batch, [...this.heldBack.keys()]],
          );
      if (rows.length === 0) return 0;
      const exchange = this.o.topology.eventsExchange;
      this.returned.clear();
      for (const r of rows) {
        channel.publish(exchange, r.routing_key, Buffer.from(JSON.stringify(r.envelope)), {
          mandatory: MANDATORY_ROUTING_KEYS.has(r.routing_key),
          persistent: true,
          contentType: 'application/json',
          messageId: r.id,
          type: r.routing_key,
          appId: this.o.topology.service,
          headers: r.headers,
        });
      }
      await withTimeout(channel.waitForConfirms(), this.o.confirmTimeoutMs ?? 30_000, 'publisher confirms');
      // The broker sends basic.return before the confirm of the same message: the set is complete.
      const unroutable = rows.filter((r) => this.returned.has(r.id));
      const published = rows.filter((r) => !this.returned.has(r.id));
      if (unroutable.length) await this.holdBack(m, unroutable, retryColumns);
      if (published.length === 0) return 0;
      const seqs = published.map((r) => r.seq);
      await m.query(`UPDATE outbox SET published_at = now() WHERE seq = ANY($1::bigint[])`, [seqs]);
      // A live token or code is not kept for the day published rows stay: the broker has it now.
      await m.query(`DELETE FROM outbox WHERE seq = ANY($1::bigint[]) AND routing_key = ANY($2::text[])`, [seqs, SECRET_CARRYING_EVENTS]);
      this.metrics.countOutboxPublished(published.length);
      return published.length;
    });
  }

  /** Unroutable rows stay unpublished and wait longer after each attempt; each one counts and alerts. */
  private async holdBack(m: EntityManager, rows: OutboxRow[], retryColumns: boolean): Promise<void> {
    const firstMs = this.o.unroutableRetryMs ?? 1_000;
    const attemptsBySeq = new Map<string, number>();
    if (retryColumns) {
      const updated: Array<{ seq: string; attempts: number }> = await m.query(
        `UPDATE outbox o SET attempts = o.attempts + 1, last_error = r.error,
                next_attempt_at = now() + make_interval(secs => least($3::float8, $2::float8 * 2 ^ o.attempts) / 1000)
           FROM unnest($1::bigint[], $4::text[]) AS r(seq, error)
          WHERE o.seq = r.seq
         RETURNING o.seq, o.attempts`,
        [rows.map((r) => r.seq), firstMs, MAX_UNROUTABLE_RETRY_MS, rows.map((r) => this.returned.get(r.id) ?? 'returned')],
      );
      for (const u of updated) attemptsBySeq.set(String(u.seq), Number(u.attempts));
    } else {
      for (const r of rows) {
        const attempts = (this.heldBack.get(r.seq)?.attempts ?? 0) + 1;
        this.heldBack.set(r.seq, { attempts, until: Date.now() + Math.min(MAX_UNROUTABLE_RETRY_MS, firstMs * 2 ** (attempts - 1)) });
        attemptsBySeq.set(r.seq, attempts);
      }
    }
    for (const r of rows) {
      this.metrics.countOutboxUnroutable?.(r.routing_key);
      this.log.error(
        { routing_key: r.routing_key, event_id: r.id, attempts: attemptsBySeq.get(String(r.seq)), reason: this.returned.get(r.id) },
        'outbox event unroutable: no queue is bound for a subscribed routing key; it stays in the outbox and is retried',
      );
    }
  }

  private async hasRetryColumns(): Promise<boolean> {
    if (this.retryColumns === null) {
      const [row] = await this.o.dataSource.query(
        `SELECT count(*)::int AS n FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = 'outbox' AND column_name IN ('attempts', 'last_error', 'next_attempt_at')`,
      );
      this.retryColumns = Number(row.n) === 3;
      if (!this.retryColumns) {
        this.log.warn({ schema: this.o.schema }, 'outbox has no retry columns (migration OutboxRetriesInboxIndex1700000000100 not applied): unroutable events are held back in memory');
      }
    }
    return this.retryColumns;
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        if (!this.o.connection.isConnected) {
          await this.sleep(this.backoff());
          continue;
        }
        this.notified = false;
        const n = await this.drainOnce();
        if (this.failures > 0) this.log.info({ after_failures: this.failures }, 'outbox relay recovered');
        this.failures = 0;
        await this.cleanup();
        // A full batch means more may be waiting; otherwise wait for a NOTIFY (or the poll), then
        // linger a moment so commits landing together leave in one batch and one confirm round.
        if (n < (this.o.batchSize ?? 200)) {
          const woken = await this.sleep(this.o.pollIntervalMs ?? 1000, true);
          if (woken && this.running) await new Promise((r) => setTimeout(r, this.o.lingerMs ?? 5));
        }
      } catch (err) {
        // A channel that failed (or never confirmed) is not reused: its unconfirmed state is unknown.
        void this.channel?.close().catch(() => undefined);
        this.channel = null;
        this.failures++;
        this.log.warn({ err: (err as Error).message, failures: this.failures }, 'outbox relay could not publish; will retry');
        await this.sleep(this.backoff());
      }
    }
  }

  private backoff(): number {
    return Math.min(this.o.maxBackoffMs ?? 5000, 100 * 2 ** Math.min(this.failures, 10));
  }

  private async confirmChannel(): Promise<amqp.ConfirmChannel> {
    if (this.channel) return this.channel;
    const model = this.o.connection.current;
    if (!model) throw new Error('broker not connected');
    const ch = await model.createConfirmChannel();
    ch.on('error', (err: Error) => this.log.warn({ err: err.message }, 'outbox channel error'));
    ch.on('return', (msg: amqp.Message) => {
      const fields = msg.fields as { replyCode?: number; replyText?: string };
      this.returned.set(String(msg.properties.messageId), `${fields.replyCode ?? ''} ${fields.replyText ?? 'returned'}`.trim());
    });
    ch.on('close', () => {
      if (this.channel === ch) this.channel = null;
    });
    await ch.assertExchange(this.o.topology.eventsExchange, 'topic', { durable: true });
    this.channel = ch;
    return ch;
  }

  /**
   * Waits ms; an idle wait also ends when a NOTIFY arrived (even one that came during the drain).
   * Resolves true when it ended early.
   */
  private sleep(ms: number, endOnNotify = false): Promise<boolean> {
    if (endOnNotify && this.notified) {
      this.notified = false;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const t = setTimeout(() => finish(false), ms);
      function finish(early: boolean) {
        clearTimeout(t);
        resolve(early);
      }
      const done = () => finish(true);
      this.wake = endOnNotify || !this.running ? done : () => (this.running ? undefined : done());
    });
  }

  private async cleanup(): Promise<void> {
    if (Date.now() - this.lastCleanup < 60_000) return;
    this.lastCleanup = Date.now();
    await this.o.dataSource.query(
      `DELETE FROM outbox WHERE published_at < now() - make_interval(hours => $1)`,
      [this.o.retentionHours ?? 24],
    );
    // Inbox rows only need to outlive any redelivery: far longer than the outbox keeps anything.
    await pruneInbox(this.o.dataSource, { schema: this.o.schema, retentionDays: this.o.inboxRetentionDays ?? 7 });
  }

  /** LISTEN for inserts; reconnects on its own. Polling covers any notification missed meanwhile. */
  private async listen(): Promise<void> {
    while (this.running) {
      const client = new Client({ connectionString: this.o.listenUrl, application_name: `${this.o.schema}-outbox-listener` });
      this.listener = client;
      try {
        const ended = new Promise<void>((resolve) => {
          client.on('error', () => resolve());
          client.on('end', () => resolve());
        });
        client.on('notification', () => {
          this.notified = true;
          this.wake?.();
        });
        // end() during connect() (a stop) leaves connect() pending forever: whichever settles first wins.
        const connected = client.connect();
        connected.catch(() => undefined);
        await Promise.race([connected, ended]);
        if (!this.running) break; // stopped while connecting (the finally block ends the client)
        await client.query(`LISTEN "${this.o.schema}_outbox"`);
        await ended;
      } catch (err) {
        this.log.debug({ err: (err as Error).message }, 'outbox listener lost');
      } finally {
        if (this.listener === client) this.listener = null;
        await client.end().catch(() => undefined);
      }
      if (this.running) {
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, 1000);
          this.retryListen = () => {
            clearTimeout(t);
            resolve();
          };
        });
        this.retryListen = null;
      }
    }
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
