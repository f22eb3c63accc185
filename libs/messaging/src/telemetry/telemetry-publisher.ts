import * as amqp from 'amqplib';
import { EVENT_CATALOG, EventPayload, TelemetryEventType, isTelemetryEvent, validatePayload } from '@platter/contracts';
import { currentRequestContext } from '@platter/observability';
import { AmqpConnection } from '../connection/amqp-connection';
import { createEnvelope } from '../envelope';
import { currentMessageContext } from '../message-context';
import { MessagingLogger, MessagingMetrics, TelemetryPublishOutcome, noMetrics, silentLogger } from '../ports';
import { Topology } from '../topology';

export interface TelemetryPublisherOptions {
  connection: AmqpConnection;
  /** PLATTER_NAMESPACE: the events exchange is `<namespace>.events`. */
  namespace: string;
  /** The envelope's producer (the service's name). */
  producer: string;
  /**
   * Per-message expiration in ms (default 10 000): a position still queued after that is stale,
   * and a consumer that was away must not replay minutes of them when it comes back.
   */
  ttlMs?: number;
  logger?: MessagingLogger;
  metrics?: MessagingMetrics;
  /** Minimum time between two log lines about the same kind of failure (default 10 000 ms). */
  logIntervalMs?: number;
}

export interface TelemetryPublisherStats {
  published: number;
  /** Dropped, by reason: failed validation, no broker, socket buffer full, or an unexpected error. */
  dropped: Record<Exclude<TelemetryPublishOutcome, 'published'>, number>;
}

/**
 * Fire-and-forget publishing of telemetry events (TELEMETRY_EVENTS in contracts: driver positions)
 * straight to the events exchange: validated against the event catalog like any event, but no
 * outbox, not persistent, no publisher confirms. `publish()` never throws and never waits: without
 * a broker, or while the connection's write buffer is full, a message is dropped and counted (the
 * next position replaces it anyway). Failures are logged at most once per `logIntervalMs` per reason.
 *
 * Usable by the gateway and by services alike: PlatformModule provides one per process, on the
 * process's AmqpConnection (it publishes once that connection is up).
 */
export class TelemetryPublisher {
  private channel: amqp.Channel | null = null;
  /** The write buffer is full: drop until the channel drains. */
  private blocked = false;
  private closed = false;
  private readonly exchange: string;
  private readonly log: MessagingLogger;
  private readonly metrics: MessagingMetrics;
  private readonly counts: TelemetryPublisherStats = { published: 0, dropped: { invalid: 0, disconnected: 0, backpressure: 0, error: 0 } };
  private readonly lastLogged = new Map<string, { at: number; suppressed: number }>();

  constructor(private readonly o: TelemetryPublisherOptions) {
    this.exchange = new Topology(o.namespace, o.producer).eventsExchange;
    this.log = o.logger ?? silentLogger;
    this.metrics = o.metrics ?? noMetrics;
    // Not required for readiness: telemetry is at-most-once, and a service serves without it.
    void o.connection
      .onConnect('telemetry-publisher', (model) => this.setup(model), { required: false })
      .catch((err) => this.log.warn({ err: (err as Error).message }, 'telemetry publisher: channel set-up failed; retried with backoff'));
  }

  /** True while a channel is open and its buffer accepts more (publish would send now). */
  get ready(): boolean {
    return this.channel !== null && !this.blocked && !this.closed;
  }

  /**
   * Publishes `payload` as a `type` event; returns whether it was handed to the connection (a `true`
   * is no delivery guarantee: telemetry is at-most-once). Never throws.
   */
  publish<K extends TelemetryEventType>(type: K, payload: EventPayload<K>, options: { correlationId?: string } = {}): boolean {
    try {
      if (!isTelemetryEvent(type)) return this.drop(type, 'invalid', `${String(type)} is not a telemetry event (TELEMETRY_EVENTS)`);
      const entry = EVENT_CATALOG[type];
      const { errors } = validatePayload(entry.payload as new () => object, payload);
      if (errors.length) return this.drop(type, 'invalid', `payload breaks the contract: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
      const ch = this.channel;
      if (!ch || this.closed) return this.drop(type, 'disconnected', 'no broker connection');
      if (this.blocked) return this.drop(type, 'backpressure', 'connection write buffer full');
      const cause = currentMessageContext();
      const envelope = createEnvelope({
        type,
        version: entry.version,
        producer: this.o.producer,
        payload,
        correlationId: options.correlationId ?? cause?.correlationId ?? currentRequestContext()?.correlationId,
        causationId: cause?.messageId,
      });
      const accepted = ch.publish(this.exchange, type, Buffer.from(JSON.stringify(envelope)), {
        persistent: false,
        contentType: 'application/json',
        messageId: envelope.id,
        type,
        expiration: String(this.o.ttlMs ?? 10_000),
      });
      // amqplib buffers this one anyway; the next ones wait for 'drain'.
      if (!accepted) this.blocked = true;
      this.counts.published++;
      this.metrics.countTelemetry?.(type, 'published');
      return true;
    } catch (err) {
      return this.drop(String(type), 'error', (err as Error)?.message ?? String(err));
    }
  }

  stats(): TelemetryPublisherStats {
    return { published: this.counts.published, dropped: { ...this.counts.dropped } };
  }

  async close(): Promise<void> {
    this.closed = true;
    const ch = this.channel;
    this.channel = null;
    if (ch) await ch.close().catch(() => undefined);
  }

  private async setup(model: amqp.ChannelModel): Promise<void> {
    if (this.closed) return;
    const ch = await model.createChannel();
    ch.on('error', (err: Error) => this.log.warn({ err: err.message }, 'telemetry channel error'));
    ch.on('drain', () => {
      this.blocked = false;
    });
    ch.on('close', () => {
      if (this.channel !== ch) return;
      this.channel = null;
      this.blocked = false;
      // A channel the broker closed while the connection lives is reopened; a lost connection runs setup again.
      if (!this.closed && this.o.connection.current === model) {
        setTimeout(() => void this.setup(model).catch((err) => this.log.warn({ err: (err as Error).message }, 'could not reopen the telemetry channel')), 200);
      }
    });
    await ch.assertExchange(this.exchange, 'topic', { durable: true });
    this.blocked = false;
    this.channel = ch;
  }

  private drop(type: string, reason: Exclude<TelemetryPublishOutcome, 'published'>, detail: string): false {
    this.counts.dropped[reason]++;
    this.metrics.countTelemetry?.(type, reason);
    const now = Date.now();
    const seen = this.lastLogged.get(reason);
    if (!seen || now - seen.at >= (this.o.logIntervalMs ?? 10_000)) {
      this.log.warn({ type, reason, detail, suppressed: seen?.suppressed ?? 0 }, 'telemetry message dropped');
      this.lastLogged.set(reason, { at: now, suppressed: 0 });
    } else {
      seen.suppressed++;
    }
    return false;
  }
}
