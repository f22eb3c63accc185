import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { SpanKind } from '@opentelemetry/api';
import { randomBytes } from 'node:crypto';
import * as amqp from 'amqplib';
import { lastValueFrom } from 'rxjs';
import { EVENT_CATALOG, HEADERS, MessageEnvelope, PlatterError, isKnownEvent, isTelemetryEvent, validatePayload } from '@platter/contracts';
import { extractTraceContext, runWithRequestContext, withSpan } from '@platter/observability';
import { TransactionHost } from '@platter/persistence';
import { publishConfirmed } from '../confirm';
import { AmqpConnection } from '../connection/amqp-connection';
import { MalformedMessageError, parseEnvelope } from '../envelope';
import { serializeError } from '../errors';
import { recordInInbox } from '../inbox/inbox-store';
import { runWithMessageContext } from '../message-context';
import { MessagingLogger, MessagingMetrics, noMetrics, silentLogger } from '../ports';
import { TELEMETRY_QUEUE_ARGUMENTS, Topology } from '../topology';
import { HandlerTimeoutError, classifyFailure } from './classify-failure';
import { DatabaseDeliveryAttempts, DeliveryAttempts, MemoryDeliveryAttempts } from './delivery-attempts';
import { RabbitContext } from './rabbit-context';

/** What the transport records beyond MessagingMetrics (optional, so any MessagingMetrics fits). */
export interface TransportMetrics extends MessagingMetrics {
  /** An RPC taken after its caller's deadline: acked and skipped, its handler never ran. */
  countRpcExpired?(pattern: string): void;
}

export interface RabbitTransportOptions {
  connection: AmqpConnection;
  topology: Topology;
  /** Unacked deliveries per consumer channel: bounds concurrent handlers (and DB connections they hold). */
  prefetch: number;
  /** Delay before each retry of a failed event; after the last, the message is dead-lettered. */
  retryDelaysMs: number[];
  /** With it, each event is handled in one transaction together with its inbox record. */
  transactions?: TransactionHost;
  /**
   * 'service': the shared durable queue of the service (competing consumers, inbox, retries, DLQ).
   * 'instance': an exclusive auto-delete queue per process (the gateway's relay): at-most-once fan-out.
   */
  mode?: 'service' | 'instance';
  instanceId?: string;
  /**
   * The routing keys the service is declared to consume (SUBSCRIPTIONS in contracts). When given,
   * a handler for anything else stops the start-up: provisioning would not have bound it.
   */
  subscriptions?: readonly string[];
  /**
   * The telemetry keys the service is declared to consume (TELEMETRY_SUBSCRIPTIONS in contracts).
   * In 'service' mode, handlers for telemetry events (TELEMETRY_EVENTS) consume the service's telemetry
   * queue instead of its durable queue: shared by replicas, no inbox, no transaction, no retries; an
   * invalid or failing message is dropped and counted. When given, handlers and list must match.
   */
  telemetrySubscriptions?: readonly string[];
  /** Unacked deliveries on the telemetry channel (default 500): handlers there are in-memory and quick. */
  telemetryPrefetch?: number;
  /** Consume the service's RPC queue as well. */
  serveRpc?: boolean;
  /**
   * Unacked RPC deliveries (default 8). Small on purpose: a request waiting in the broker expires
   * with its caller's timeout, one waiting in this process only ends when its turn comes.
   */
  rpcPrefetch?: number;
  /**
   * How long an event or RPC handler may run (default 30 s). A late event fails into the retry
   * path; a late RPC is answered GATEWAY_TIMEOUT. The handler itself cannot be stopped.
   */
  handlerTimeoutMs?: number;
  /** How long close() waits for messages in hand (default 10 s); the unfinished ones are redelivered. */
  drainTimeoutMs?: number;
  /**
   * Deliveries after which a message that never completes (it kills its consumer) is dead-lettered
   * (default 5; 0 turns the count off). Counted in the `delivery_attempts` table with `transactions`,
   * in memory without.
   */
  maxDeliveries?: number;
  logger?: MessagingLogger;
  metrics?: TransportMetrics;
}

const DEFAULT_RPC_PREFETCH = 8;
const DEFAULT_HANDLER_TIMEOUT_MS = 30_000;
const DEFAULT_DRAIN_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_DELIVERIES = 5;

type Outcome = 'handled' | 'duplicate';

/**
 * Nest microservice transport over RabbitMQ: `@EventPattern('order.created')` handlers consume the
 * service's queue, `@MessagePattern('ordering.orders.place')` handlers answer RPCs.
 */
export class RabbitTransport extends Server implements CustomTransportStrategy {
  private readonly log: MessagingLogger;
  private readonly metrics: TransportMetrics;
  private readonly mode: 'service' | 'instance';
  private readonly handlerTimeoutMs: number;
  private readonly maxDeliveries: number;
  private readonly deliveryAttempts: DeliveryAttempts;
  private closing = false;
  /** Open consumer channels and their consumer tags, for a graceful close. */
  private readonly channels = new Map<amqp.Channel, string>();
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(private readonly o: RabbitTransportOptions) {
    super();
    this.log = o.logger ?? silentLogger;
    this.metrics = o.metrics ?? noMetrics;
    this.mode = o.mode ?? 'service';
    this.handlerTimeoutMs = o.handlerTimeoutMs ?? DEFAULT_HANDLER_TIMEOUT_MS;
    this.maxDeliveries = o.maxDeliveries ?? DEFAULT_MAX_DELIVERIES;
    this.deliveryAttempts = o.transactions
      ? new DatabaseDeliveryAttempts(o.transactions.dataSource, o.topology.service, this.log)
      : new MemoryDeliveryAttempts();
  }

  on(): void {
    throw new Error('RabbitTransport does not support event listeners; use the AmqpConnection');
  }

  unwrap<T>(): T {
    return this.o.connection as T;
  }

  async listen(callback: (...args: unknown[]) => void): Promise<void> {
    try {
      assertSubscribed(this.durablePatterns(), this.o.subscriptions, this.o.topology.service);
      if (this.mode === 'service') assertSubscribed(this.telemetryPatterns(), this.o.telemetrySubscriptions, this.o.topology.service, 'TELEMETRY_SUBSCRIPTIONS');
      await this.o.connection.onConnect(`consumer:${this.o.topology.service}${this.mode === 'instance' ? ':relay' : ''}`, (model) => this.setup(model));
      this.o.connection.start();
      callback();
    } catch (err) {
      callback(err);
    }
  }

  /**
   * Stops taking messages, lets the ones in hand finish (and ack) for at most drainTimeoutMs, then
   * closes the channels: whatever is still unacked goes back to the queue for another consumer.
   */
  async close(): Promise<void> {
    this.closing = true;
    const open = [...this.channels.entries()];
    await Promise.allSettled(open.map(([ch, tag]) => ch.cancel(tag)));
    const drainTimeoutMs = this.o.drainTimeoutMs ?? DEFAULT_DRAIN_TIMEOUT_MS;
    let timer: NodeJS.Timeout | undefined;
    const drained = await Promise.race([
      Promise.allSettled([...this.inFlight]).then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), drainTimeoutMs))),
    ]);
    clearTimeout(timer);
    if (!drained) this.log.warn({ in_flight: this.inFlight.size, drain_timeout_ms: drainTimeoutMs }, 'closing with messages still in hand; the broker redelivers them');
    await Promise.allSettled(open.map(([ch]) => ch.close()));
  }

  /** Routing keys the service's event handlers declare. */
  eventPatterns(): string[] {
    return [...this.messageHandlers.entries()].filter(([, h]) => h.isEventHandler).map(([p]) => p);
  }

  /** Handlers consumed from the durable service queue (or, in 'instance' mode, every event handler). */
  private durablePatterns(): string[] {
    return this.mode === 'instance' ? this.eventPatterns() : this.eventPatterns().filter((p) => !isTelemetryEvent(p));
  }

  /** Handlers consumed from the service's telemetry queue ('service' mode only). */
  private telemetryPatterns(): string[] {
    return this.mode === 'instance' ? [] : this.eventPatterns().filter((p) => isTelemetryEvent(p));
  }

  private rpcPatterns(): string[] {
    return [...this.messageHandlers.entries()].filter(([, h]) => !h.isEventHandler).map(([p]) => p);
  }

  /** Declares topology and starts consuming; runs again after every reconnect. */
  private async setup(model: amqp.ChannelModel): Promise<void> {
    // The hook outlives close() on a shared connection: a closed transport must not resubscribe.
    if (this.closing) return;
    await this.setupEvents(model);
    if (this.telemetryPatterns().length) await this.setupTelemetry(model);
    if (this.o.serveRpc && this.rpcPatterns().length) await this.setupRpc(model);
    this.log.info({ queue: this.o.topology.eventsQueue, patterns: this.durablePatterns(), telemetry: this.telemetryPatterns(), rpc: this.o.serveRpc ? this.rpcPatterns() : [] }, 'consuming');
  }

  /** A channel the broker closed while the connection lives (e.g. a protocol error) is reopened. */
  private reopenOnClose(ch: amqp.Channel, model: amqp.ChannelModel, reopen: (m: amqp.ChannelModel) => Promise<void>): void {
    ch.on('close', () => {
      this.channels.delete(ch);
      if (!this.closing && this.o.connection.current === model) {
        setTimeout(() => void reopen(model).catch((err) => this.log.error({ err: (err as Error).message }, 'could not reopen channel')), 200);
      }
    });
  }

  private async setupEvents(model: amqp.ChannelModel): Promise<void> {
    const t = this.o.topology;
    const patterns = this.durablePatterns();
    if (!patterns.length) return;
    const ch = await model.createConfirmChannel();
    ch.on('error', (err: Error) => this.log.warn({ err: err.message }, 'consumer channel error'));
    this.reopenOnClose(ch, model, (m) => this.setupEvents(m));
    await ch.assertExchange(t.eventsExchange, 'topic', { durable: true });
    await ch.prefetch(this.o.prefetch);
    if (this.mode === 'instance') {
      // A new name on every setup: after a blip the broker may still hold the dead connection, and
      // with it the previous exclusive queue (RESOURCE_LOCKED) until it notices the connection is gone.
      const name = t.instanceQueue(`${this.o.instanceId ?? 'default'}.${randomBytes(4).toString('hex')}`);
      const q = await ch.assertQueue(name, { exclusive: true, autoDelete: true, durable: false });
      for (const p of patterns) await ch.bindQueue(q.queue, t.eventsExchange, p);
      const { consumerTag } = await ch.consume(q.queue, (msg) => (msg ? this.track(this.onInstanceEvent(ch, msg)) : this.cancelledByBroker(ch, q.queue)));
      await this.register(ch, consumerTag);
      return;
    }
    await ch.assertQueue(t.eventsQueue, { durable: true });
    await ch.assertQueue(t.deadLetterQueue, { durable: true });
    for (const delay of this.o.retryDelaysMs) {
      // Expired retries fall back into the service queue through the default exchange.
      await ch.assertQueue(t.retryQueue(delay), {
        durable: true,
        arguments: { 'x-message-ttl': delay, 'x-dead-letter-exchange': '', 'x-dead-letter-routing-key': t.eventsQueue },
      });
    }
    for (const p of patterns) await ch.bindQueue(t.eventsQueue, t.eventsExchange, p);
    const { consumerTag } = await ch.consume(t.eventsQueue, (msg) => (msg ? this.track(this.onEvent(ch, msg)) : this.cancelledByBroker(ch, t.eventsQueue)));
    await this.register(ch, consumerTag);
  }

  /** The telemetry queue: plain channel, high prefetch, every message acked whatever happens to it. */
  private async setupTelemetry(model: amqp.ChannelModel): Promise<void> {
    const t = this.o.topology;
    const ch = await model.createChannel();
    ch.on('error', (err: Error) => this.log.warn({ err: err.message }, 'telemetry channel error'));
    this.reopenOnClose(ch, model, (m) => this.setupTelemetry(m));
    await ch.assertExchange(t.eventsExchange, 'topic', { durable: true });
    await ch.prefetch(this.o.telemetryPrefetch ?? 500);
    await ch.assertQueue(t.telemetryQueue, { durable: true, arguments: { ...TELEMETRY_QUEUE_ARGUMENTS } });
    for (const p of this.telemetryPatterns()) await ch.bindQueue(t.telemetryQueue, t.eventsExchange, p);
    const { consumerTag } = await ch.consume(t.telemetryQueue, (msg) => (msg ? this.track(this.onTelemetryEvent(ch, msg)) : this.cancelledByBroker(ch, t.telemetryQueue)));
    await this.register(ch, consumerTag);
  }

  private async setupRpc(model: amqp.ChannelModel): Promise<void> {
    const rpc = await model.createChannel();
    rpc.on('error', (err: Error) => this.log.warn({ err: err.message }, 'rpc channel error'));
    this.reopenOnClose(rpc, model, (m) => this.setupRpc(m));
    await rpc.assertQueue(this.o.topology.rpcQueue, { durable: true });
    await rpc.prefetch(this.o.rpcPrefetch ?? DEFAULT_RPC_PREFETCH);
    const { consumerTag } = await rpc.consume(this.o.topology.rpcQueue, (msg) => (msg ? this.track(this.onRpc(rpc, msg)) : this.cancelledByBroker(rpc, this.o.topology.rpcQueue)));
    await this.register(rpc, consumerTag);
  }

  /**
   * The broker cancelled the consumer (its queue was deleted, or its node went away): closing the
   * channel makes reopenOnClose declare the queue again and resubscribe, instead of idling forever.
   */
  private cancelledByBroker(ch: amqp.Channel, queue: string): void {
    if (this.closing) return;
    this.log.warn({ queue }, 'the broker cancelled the consumer; subscribing again');
    void ch.close().catch(() => undefined);
  }

  /** Tracks a consuming channel for close(); one set up while close() ran is closed at once. */
  private async register(ch: amqp.Channel, consumerTag: string): Promise<void> {
    this.channels.set(ch, consumerTag);
    if (this.closing) await ch.close().catch(() => undefined);
  }

  /** In-flight work, for close(); a rejection here is logged, never left to crash the process. */
  private track(p: Promise<unknown>): void {
    this.inFlight.add(p);
    void p
      .catch((err) => this.log.error({ err: describeError(err) }, 'message handling failed unexpectedly'))
      .finally(() => this.inFlight.delete(p));
  }

  /** Acks unless the channel is gone: then the broker redelivers, and the inbox or the caller's timeout copes. */
  private safeAck(ch: amqp.Channel, msg: amqp.ConsumeMessage): void {
    try {
      ch.ack(msg);
    } catch (err) {
      this.log.warn({ err: describeError(err), delivery_tag: msg.fields.deliveryTag }, 'could not ack: channel closed');
    }
  }

  private async onEvent(ch: amqp.ConfirmChannel, msg: amqp.ConsumeMessage): Promise<void> {
    let envelope: MessageEnvelope;
    try {
      envelope = parseEnvelope(msg.content);
    } catch (err) {
      return this.deadLetter(ch, msg, (err as MalformedMessageError).message, msg.fields.routingKey, 'invalid');
    }
    const handlerName = envelope.type;
    const handler = this.getHandlerByPattern(envelope.type);
    if (!handler?.isEventHandler) {
      return this.deadLetter(ch, msg, `no handler for ${envelope.type}`, handlerName, 'invalid');
    }
    let payload: unknown = envelope.payload;
    if (isKnownEvent(envelope.type)) {
      const entry = EVENT_CATALOG[envelope.type];
      if (envelope.version > entry.version) {
        return this.deadLetter(ch, msg, `unsupported version ${envelope.version} of ${envelope.type}`, handlerName, 'invalid');
      }
      const { value, errors } = validatePayload(entry.payload as new () => object, envelope.payload);
      if (errors.length) {
        const reason = `invalid payload: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`;
        return this.deadLetter(ch, msg, reason, handlerName, 'invalid');
      }
      payload = value;
    }

    // Only a redelivery pays for counting: the previous delivery of this message never completed.
    const counted = msg.fields.redelivered && this.maxDeliveries > 0;
    if (counted) {
      const deliveries = await this.deliveryAttempts.countRedelivery(envelope.id);
      if (deliveries > this.maxDeliveries) {
        const reason = `delivered ${deliveries - 1} times without completing`;
        this.log.error({ message_id: envelope.id, type: envelope.type, deliveries: deliveries - 1 }, 'event keeps killing its consumer; dead-lettered');
        await this.deadLetter(ch, msg, reason, handlerName, 'dead_lettered');
        this.deliveryAttempts.forget(envelope.id);
        return;
      }
    }
    try {
      await this.applyEvent(ch, msg, envelope, handler, payload);
    } finally {
      if (counted) this.deliveryAttempts.forget(envelope.id);
    }
  }

  private async applyEvent(ch: amqp.ConfirmChannel, msg: amqp.ConsumeMessage, envelope: MessageEnvelope, handler: MessageHandler, payload: unknown): Promise<void> {
    const handlerName = envelope.type;
    const started = performance.now();
    let outcome: Outcome;
    try {
      outcome = await withSpan(
        `${envelope.type} process`,
        {
          kind: SpanKind.CONSUMER,
          parent: extractTraceContext(msg.properties.headers),
          attributes: { 'messaging.system': 'rabbitmq', 'messaging.message.id': envelope.id, 'messaging.destination.name': this.o.topology.eventsQueue },
        },
        async () => {
          // The transport moves on after the timeout; the handler cannot be stopped. If its
          // transaction commits late, the retry finds the inbox row and acks a duplicate.
          const result = await withTimeout(this.dispatch(handler, envelope, payload, msg), this.handlerTimeoutMs, () => new HandlerTimeoutError(handlerName, this.handlerTimeoutMs));
          // Logged inside the span so the line carries the trace id.
          this.log.debug({ message_id: envelope.id, type: envelope.type, correlation_id: envelope.correlation_id, outcome: result }, 'event handled');
          return result;
        },
      );
    } catch (err) {
      this.metrics.countMessage(handlerName, 'failed');
      await this.retryOrDeadLetter(ch, msg, envelope, err as Error);
      return;
    }
    this.metrics.countMessage(handlerName, outcome);
    this.metrics.observeHandling(handlerName, (performance.now() - started) / 1000);
    try {
      ch.ack(msg);
    } catch (err) {
      // The channel went away after the commit: the broker redelivers and the inbox absorbs it.
      // Not a handler failure: retrying or dead-lettering an applied message would be wrong.
      this.log.warn({ message_id: envelope.id, type: envelope.type, err: (err as Error).message }, 'could not ack a handled event; it will be redelivered');
    }
  }

  private dispatch(handler: MessageHandler, envelope: MessageEnvelope, payload: unknown, msg: amqp.ConsumeMessage): Promise<Outcome> {
    const invoke = async () => {
      const result = await handler(payload, new RabbitContext([envelope, msg]));
      await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
    };
    const ctx = { messageId: envelope.id, correlationId: envelope.correlation_id };
    return runWithRequestContext({ correlationId: envelope.correlation_id }, () =>
      runWithMessageContext(ctx, async () => {
        const tx = this.o.transactions;
        if (!tx) {
          await invoke();
          return 'handled' as const;
        }
        return tx.run(async (manager) => {
          if (!(await recordInInbox(manager, this.o.topology.service, envelope.id))) return 'duplicate' as const;
          await invoke();
          return 'handled' as const;
        });
      }),
    );
  }

  private async retryOrDeadLetter(ch: amqp.ConfirmChannel, msg: amqp.ConsumeMessage, envelope: MessageEnvelope, err: Error): Promise<void> {
    const headers = msg.properties.headers ?? {};
    const reason = describeError(err);
    // The database being unreachable is not the message's fault: wait and try again without
    // spending an attempt, so an outage longer than the retry schedule parks nothing. Anything
    // else spends one, or a peer that stays broken would keep the message cycling forever.
    const outage = classifyFailure(err) === 'outage';
    const attempt = outage ? 0 : Number(headers[HEADERS.retryCount] ?? 0);
    if (attempt >= this.o.retryDelaysMs.length) {
      this.log.error({ message_id: envelope.id, type: envelope.type, attempts: attempt + 1, err: reason }, 'event failed for good; dead-lettered');
      return this.deadLetter(ch, msg, reason, envelope.type, 'dead_lettered');
    }
    const delay = this.o.retryDelaysMs[attempt];
    try {
      await publishConfirmed(ch, '', this.o.topology.retryQueue(delay), msg.content, {
        ...msg.properties,
        persistent: true,
        headers: {
          ...headers,
          [HEADERS.retryCount]: outage ? Number(headers[HEADERS.retryCount] ?? 0) : attempt + 1,
          'x-last-error': reason.slice(0, 500),
          [ORIGINAL_ROUTING_KEY]: originalRoutingKey(msg),
        },
      });
      ch.ack(msg);
      this.metrics.countMessage(envelope.type, 'retried');
      this.log.warn({ message_id: envelope.id, type: envelope.type, attempt: attempt + 1, retry_in_ms: delay, err: reason }, 'event failed; will retry');
    } catch (publishErr) {
      // Not acked: the broker redelivers it once the channel is back.
      this.log.error({ message_id: envelope.id, err: (publishErr as Error).message }, 'could not schedule retry');
    }
  }

  private async deadLetter(ch: amqp.ConfirmChannel, msg: amqp.ConsumeMessage, reason: string, handler: string, outcome: 'invalid' | 'dead_lettered'): Promise<void> {
    try {
      await publishConfirmed(ch, '', this.o.topology.deadLetterQueue, msg.content, {
        ...msg.properties,
        persistent: true,
        headers: {
          ...(msg.properties.headers ?? {}),
          [HEADERS.deathReason]: reason.slice(0, 2000),
          [HEADERS.originalQueue]: this.o.topology.eventsQueue,
          [ORIGINAL_ROUTING_KEY]: originalRoutingKey(msg),
          'x-dead-lettered-at': new Date().toISOString(),
        },
      });
      ch.ack(msg);
      this.metrics.countMessage(handler, outcome);
      if (outcome === 'invalid') this.log.warn({ routing_key: msg.fields.routingKey, reason }, 'message rejected to the dead-letter queue');
    } catch (err) {
      this.log.error({ err: (err as Error).message }, 'could not dead-letter; leaving unacked for redelivery');
    }
  }

  /** Gateway relay: no inbox, no retries; a failing emit is logged and dropped (live updates only). */
  private async onInstanceEvent(ch: amqp.Channel, msg: amqp.ConsumeMessage): Promise<void> {
    try {
      const envelope = parseEnvelope(msg.content);
      const handler = this.getHandlerByPattern(envelope.type);
      if (handler?.isEventHandler) {
        const entry = isKnownEvent(envelope.type) ? EVENT_CATALOG[envelope.type] : null;
        const { value, errors } = entry ? validatePayload(entry.payload as new () => object, envelope.payload) : { value: envelope.payload, errors: [] };
        if (errors.length) throw new Error(`invalid payload: ${errors.map((e) => e.field).join(', ')}`);
        await withSpan(`${envelope.type} relay`, { kind: SpanKind.CONSUMER, parent: extractTraceContext(msg.properties.headers) }, async () => {
          const result = await handler(value, new RabbitContext([envelope, msg]));
          await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
        });
        this.metrics.countMessage(envelope.type, 'handled');
      }
    } catch (err) {
      this.metrics.countMessage(msg.fields.routingKey, 'invalid');
      this.log.warn({ routing_key: msg.fields.routingKey, err: (err as Error).message }, 'relay dropped a message');
    } finally {
      this.safeAck(ch, msg);
    }
  }

  /** Telemetry: no inbox, no transaction, no retries, no span; invalid or failing messages are dropped and counted. */
  private async onTelemetryEvent(ch: amqp.Channel, msg: amqp.ConsumeMessage): Promise<void> {
    let type = msg.fields.routingKey;
    let stage: 'invalid' | 'failed' = 'invalid';
    try {
      const envelope = parseEnvelope(msg.content);
      type = envelope.type;
      const handler = this.getHandlerByPattern(envelope.type);
      if (!handler?.isEventHandler || !isTelemetryEvent(envelope.type)) throw new Error(`no telemetry handler for ${envelope.type}`);
      const entry = EVENT_CATALOG[envelope.type];
      if (envelope.version > entry.version) throw new Error(`unsupported version ${envelope.version}`);
      const { value, errors } = validatePayload(entry.payload as new () => object, envelope.payload);
      if (errors.length) throw new Error(`invalid payload: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
      stage = 'failed';
      const started = performance.now();
      const result = await handler(value, new RabbitContext([envelope, msg]));
      await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
      this.metrics.countMessage(type, 'handled');
      this.metrics.observeHandling(type, (performance.now() - started) / 1000);
    } catch (err) {
      this.metrics.countMessage(type, stage);
      this.logDropped(type, stage, describeError(err));
    } finally {
      this.safeAck(ch, msg);
    }
  }

  private readonly dropLog = new Map<string, { at: number; suppressed: number }>();
  /** At most one line per type and reason every 10 s: a flood of bad positions must not flood the logs. */
  private logDropped(type: string, outcome: string, err: string): void {
    const key = `${type}:${outcome}`;
    const seen = this.dropLog.get(key);
    const now = Date.now();
    if (seen && now - seen.at < 10_000) {
      seen.suppressed++;
      return;
    }
    this.dropLog.set(key, { at: now, suppressed: 0 });
    this.log.warn({ type, outcome, err, suppressed: seen?.suppressed ?? 0 }, 'telemetry message dropped');
  }

  private async onRpc(ch: amqp.Channel, msg: amqp.ConsumeMessage): Promise<void> {
    // Deliveries that arrive together are dispatched in one go; yielding once lets the work taken
    // before this request run first, so the deadline below is checked when its turn really comes.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.closing) {
      // This process is going away (its handlers may already be torn down): another replica answers.
      try {
        ch.nack(msg, false, true);
      } catch (err) {
        this.log.warn({ err: describeError(err) }, 'could not give back an rpc while closing; the broker redelivers it');
      }
      return;
    }
    const started = performance.now();
    const { replyTo, correlationId } = msg.properties;
    let pattern = String(msg.properties.headers?.[HEADERS.rpcPattern] ?? msg.properties.type ?? 'unknown');
    const deadline = Number(msg.properties.headers?.[HEADERS.rpcDeadline] ?? Infinity);
    if (Date.now() > deadline) {
      // The caller stopped waiting: running it now would be work (and writes) nobody sees the result of.
      this.metrics.countRpcExpired?.(pattern);
      this.log.debug({ pattern, late_ms: Date.now() - deadline }, 'rpc skipped: its caller gave up');
      this.safeAck(ch, msg);
      return;
    }
    let reply: { ok: true; data: unknown } | { ok: false; error: unknown };
    try {
      const envelope = parseEnvelope(msg.content);
      pattern = envelope.type;
      const handler = this.getHandlerByPattern(pattern);
      if (!handler || handler.isEventHandler) throw Object.assign(new Error(`No handler for ${pattern}`), { code: 'NOT_FOUND' });
      const data = await withSpan(
        `${pattern} handle`,
        { kind: SpanKind.SERVER, parent: extractTraceContext(msg.properties.headers), attributes: { 'rpc.system': 'rabbitmq', 'rpc.method': pattern } },
        () =>
          runWithRequestContext({ requestId: envelope.correlation_id, correlationId: envelope.correlation_id }, () =>
            withTimeout(
              (async () => {
                const result = await handler(envelope.payload, new RabbitContext([envelope, msg]));
                return lastValueFrom(this.transformToObservable(result), { defaultValue: null });
              })(),
              this.handlerTimeoutMs,
              () => new PlatterError('GATEWAY_TIMEOUT', `The service did not finish ${pattern} within ${this.handlerTimeoutMs} ms; its outcome is unknown`),
            ),
          ),
      );
      reply = { ok: true, data: data ?? null };
      this.metrics.observeRpcServer(pattern, 'ok', (performance.now() - started) / 1000);
    } catch (err) {
      const { error, internal } = serializeError(err);
      if (internal) this.log.error({ pattern, err: describeError(err as Error), stack: (err as Error)?.stack }, 'rpc handler failed');
      reply = { ok: false, error };
      this.metrics.observeRpcServer(pattern, 'error', (performance.now() - started) / 1000);
    }
    try {
      if (replyTo) ch.sendToQueue(replyTo, Buffer.from(JSON.stringify(reply)), { correlationId, contentType: 'application/json' });
    } catch (err) {
      // The caller's reply-to went with the connection; it will time out and may retry.
      this.log.warn({ pattern, err: describeError(err) }, 'could not send the rpc reply');
    }
    this.safeAck(ch, msg);
  }
}

/** A retried message comes back through the default exchange, routed by the queue's name: keep the first key. */
const ORIGINAL_ROUTING_KEY = 'x-original-routing-key';
function originalRoutingKey(msg: amqp.ConsumeMessage): string {
  const kept = msg.properties.headers?.[ORIGINAL_ROUTING_KEY];
  return typeof kept === 'string' && kept ? kept : msg.fields.routingKey;
}

function describeError(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (err && typeof err === 'object' && 'message' in err) return String((err as { message: unknown }).message);
  return String(err);
}

/**
 * The handlers and the declared subscriptions must match both ways: an undeclared handler would not
 * be bound by provisioning, and a declared key without a handler would only fill the dead-letter queue.
 */
export function assertSubscribed(patterns: string[], subscriptions: readonly string[] | undefined, service: string, list = 'SUBSCRIPTIONS'): void {
  if (!subscriptions) return;
  const undeclared = patterns.filter((p) => !subscriptions.includes(p));
  const unhandled = subscriptions.filter((s) => !patterns.includes(s));
  const problems = [
    ...(undeclared.length ? [`handles ${undeclared.join(', ')} that ${list}.${service} does not list`] : []),
    ...(unhandled.length ? [`${list}.${service} lists ${unhandled.join(', ')} that no handler handles`] : []),
  ];
  if (problems.length) throw new Error(`${service}: ${problems.join('; ')} (libs/contracts/src/events/subscriptions.ts)`);
}

/** Rejects with onTimeout() if `work` has not settled within ms; the work itself goes on. */
function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
    // A handler left hanging at shutdown must not keep the process alive.
    timer.unref();
  });
  // A late rejection of the abandoned work must not become an unhandled rejection.
  work.catch(() => undefined);
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
