import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export type RpcClientOutcome = 'ok' | 'error' | 'timeout';
export type RpcServerOutcome = 'ok' | 'error';
export type MessageOutcome = 'handled' | 'duplicate' | 'failed' | 'retried' | 'dead_lettered' | 'invalid';

export interface OutboxStats {
  backlog: number;
  oldestAgeSeconds: number;
}
export type OutboxProbe = () => Promise<OutboxStats>;

export interface MetricsOptions {
  service: string;
  /** Node process metrics (CPU, memory, event loop); on unless false. */
  collectDefault?: boolean;
}

/** 1 ms .. 10 s: from a cache hit to an RPC that is about to time out. */
export const DURATION_BUCKETS_SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** A scrape must not hang on a stuck database query. */
const OUTBOX_PROBE_TIMEOUT_MS = 2000;

/** The fleet's Prometheus instruments, in a registry of their own (no global state between tests). */
export class Metrics {
  readonly registry = new Registry();
  private readonly httpDuration: Histogram<'method' | 'route' | 'status_code'>;
  private readonly rpcClientDuration: Histogram<'pattern' | 'outcome'>;
  private readonly rpcServerDuration: Histogram<'pattern' | 'outcome'>;
  private readonly messages: Counter<'handler' | 'outcome'>;
  private readonly handlingDuration: Histogram<'handler'>;
  private readonly outboxPublished: Counter;
  private readonly outboxUnroutable: Counter<'routing_key'>;
  private readonly rpcExpired: Counter<'pattern'>;
  private readonly telemetryPublished: Counter<'type' | 'outcome'>;
  private outboxProbe?: OutboxProbe;
  private outboxRead?: Promise<void>;
  private outboxStats: OutboxStats = { backlog: 0, oldestAgeSeconds: 0 };

  constructor(options: MetricsOptions) {
    this.registry.setDefaultLabels({ service: options.service });
    if (options.collectDefault !== false) collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    const buckets = DURATION_BUCKETS_SECONDS;

    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds', help: 'HTTP requests served, by route template',
      labelNames: ['method', 'route', 'status_code'], buckets, registers,
    });
    this.rpcClientDuration = new Histogram({
      name: 'rpc_client_duration_seconds', help: 'RPC calls made over RabbitMQ',
      labelNames: ['pattern', 'outcome'], buckets, registers,
    });
    this.rpcServerDuration = new Histogram({
      name: 'rpc_server_duration_seconds', help: 'RPC requests answered',
      labelNames: ['pattern', 'outcome'], buckets, registers,
    });
    this.messages = new Counter({
      name: 'messages_total', help: 'Event messages consumed, by handler and outcome',
      labelNames: ['handler', 'outcome'], registers,
    });
    this.handlingDuration = new Histogram({
      name: 'message_handling_duration_seconds', help: 'Time spent in event handlers',
      labelNames: ['handler'], buckets, registers,
    });
    this.outboxPublished = new Counter({
      name: 'outbox_published_total', help: 'Outbox rows published to RabbitMQ', registers,
    });
    // Alert when it grows: an event some subscription lists found no bound queue and waits in the outbox.
    this.rpcExpired = new Counter({
      name: 'rpc_expired_total', help: 'RPCs skipped unrun because their caller had stopped waiting (deadline passed)',
      labelNames: ['pattern'], registers,
    });
    this.outboxUnroutable = new Counter({
      name: 'outbox_unroutable_total', help: 'Outbox publishes the broker returned unroutable (the row stays unpublished)',
      labelNames: ['routing_key'], registers,
    });

    this.telemetryPublished = new Counter({
      name: 'telemetry_published_total', help: 'Telemetry events (driver positions) published straight to RabbitMQ, or dropped by reason',
      labelNames: ['type', 'outcome'], registers,
    });

    // collect() runs with the gauge as `this`; these closures reach the shared probe state.
    const refresh = () => this.refreshOutboxStats();
    const stats = () => this.outboxStats;
    new Gauge({
      name: 'outbox_backlog', help: 'Outbox rows not yet published', registers,
      async collect() {
        await refresh();
        this.set(stats().backlog);
      },
    });
    new Gauge({
      name: 'outbox_oldest_age_seconds', help: 'Age of the oldest unpublished outbox row', registers,
      async collect() {
        await refresh();
        this.set(stats().oldestAgeSeconds);
      },
    });
  }

  /** Read at every scrape by the outbox gauges. */
  setOutboxProbe(probe: OutboxProbe): void {
    this.outboxProbe = probe;
  }

  observeHttp(method: string, route: string, statusCode: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status_code: String(statusCode) }, seconds);
  }

  observeRpcClient(pattern: string, outcome: RpcClientOutcome, seconds: number): void {
    this.rpcClientDuration.observe({ pattern, outcome }, seconds);
  }

  observeRpcServer(pattern: string, outcome: RpcServerOutcome, seconds: number): void {
    this.rpcServerDuration.observe({ pattern, outcome }, seconds);
  }

  countMessage(handler: string, outcome: MessageOutcome): void {
    this.messages.inc({ handler, outcome });
  }

  observeHandling(handler: string, seconds: number): void {
    this.handlingDuration.observe({ handler }, seconds);
  }

  countOutboxPublished(n: number): void {
    this.outboxPublished.inc(n);
  }

  countRpcExpired(pattern: string): void {
    this.rpcExpired.inc({ pattern });
  }

  countOutboxUnroutable(routingKey: string): void {
    this.outboxUnroutable.inc({ routing_key: routingKey });
  }

  countTelemetry(type: string, outcome: string): void {
    this.telemetryPublished.inc({ type, outcome });
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  /** One probe call per scrape for both gauges (the registry collects them concurrently). */
  private refreshOutboxStats(): Promise<void> {
    this.outboxRead ??= this.readOutboxProbe().finally(() => {
      this.outboxRead = undefined;
    });
    return this.outboxRead;
  }

  // A failing or slow probe keeps the last values: a scrape must never fail because of it.
  private async readOutboxProbe(): Promise<void> {
    const probe = this.outboxProbe;
    if (!probe) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('outbox probe timed out')), OUTBOX_PROBE_TIMEOUT_MS);
    });
    try {
      this.outboxStats = await Promise.race([probe(), timeout]);
    } catch {
      // keep the last values
    } finally {
      clearTimeout(timer);
    }
  }
}
