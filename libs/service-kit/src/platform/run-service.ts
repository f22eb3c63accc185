import 'reflect-metadata';
import { memoiseValidationRules } from '../rpc/validation-rule-memo';
import { randomUUID } from 'node:crypto';
import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { BaseServiceConfig, ConfigError, formatConfigError, loadConfig } from '@platter/config';
import { SUBSCRIPTIONS, ServiceName, TELEMETRY_SUBSCRIPTIONS } from '@platter/contracts';
import { AmqpConnection, OutboxRelay, RabbitTransport, RpcClient, Topology } from '@platter/messaging';
import { Span, SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import { Metrics, PlatterLogger, createLogger, extractTraceContext, getTracer, initTracing, runWithRequestContext } from '@platter/observability';
import { TransactionHost, runMigrations } from '@platter/persistence';
import { PLATFORM_OPTIONS, PlatformOptions } from './platform-options';
import { ShutdownStep, runShutdownSequence } from './shutdown';
import { clientErrorReply, frameworkErrorReply } from '../errors/framework-errors';

export interface ServiceDefinition<C extends BaseServiceConfig> {
  service: string;
  config: new () => C;
  /** Builds the root module from the validated config (it imports PlatformModule.forService). */
  module: (config: C) => Type<unknown> | Promise<Type<unknown>>;
  /** Extra HTTP set-up (the gateway's CORS, headers, OpenAPI...). */
  configureHttp?: (app: NestFastifyApplication, config: C) => Promise<void> | void;
  /**
   * Runs after migrations and before the service takes messages, RPCs or HTTP requests, so
   * readiness means it is really ready (identity loads its signing key and bootstrap admin here).
   */
  prepare?: (app: INestApplication, config: C) => Promise<void> | void;
}

/** Reads and validates config; a bad value stops the process with a clear message. */
export function loadConfigOrExit<C extends object>(service: string, schema: new () => C): C {
  try {
    return loadConfig(schema);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${service}: ${formatConfigError(err)}\n`);
      process.exit(1);
    }
    throw err;
  }
}

/**
 * A Fastify adapter that takes (or makes) X-Request-Id and runs each request in its context.
 * `trustProxy` says whose X-Forwarded-For to believe (config TRUST_PROXY; default loopback only).
 */
export function createHttpAdapter(trustProxy: boolean | string[] = ['loopback']): FastifyAdapter {
  const adapter = new FastifyAdapter({
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,128}$/.test(given) ? given : `req_${randomUUID()}`;
    },
    bodyLimit: 1024 * 1024,
    trustProxy,
    // What Fastify and Node refuse before any route (a bad URL, an over-long parameter or header
    // block) still answers with the error envelope.
    // Fastify's reply is generic over the route; the handler needs only status/header/send.
    frameworkErrors: (error: { code?: string }, req: { id?: string }, reply: unknown) => frameworkErrorReply(error, req, reply as Parameters<typeof frameworkErrorReply>[2]),
    clientErrorHandler: clientErrorReply,
  });
  const fastify = adapter.getInstance();
  const spans = new WeakMap<object, Span>();
  // A server span per request (child of the caller's traceparent) so one trace runs from the
  // client through every RPC and event that the request causes.
  fastify.addHook('onRequest', (req, reply, done) => {
    reply.header('X-Request-Id', req.id);
    // Clients often send `Content-Type: application/json` on bodiless POST/PUT (approve, accept):
    // an empty body then means no body rather than a 400. Malformed JSON is still a 400.
    if (req.headers['content-length'] === '0') delete req.headers['content-type'];
    const parent = extractTraceContext(req.headers as Record<string, unknown>);
    const span = getTracer().startSpan(`${req.method} ${req.url.split('?')[0]}`, { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method } }, parent);
    spans.set(req, span);
    reply.header('X-Trace-Id', span.spanContext().traceId);
    const ctx = trace.setSpan(parent, span);
    runWithRequestContext({ requestId: req.id, correlationId: req.id }, () => context.with(ctx, done));
  });
  fastify.addHook('onResponse', (req, reply, done) => {
    const span = spans.get(req);
    if (span) {
      span.setAttribute('http.response.status_code', reply.statusCode);
      if (req.routeOptions?.url) span.updateName(`${req.method} ${req.routeOptions.url}`);
      if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    }
    done();
  });
  return adapter;
}

/**
 * Starts a service: config, tracing, Nest on Fastify (health, metrics), migrations, the RabbitMQ
 * transport, the outbox relay; `<main> migrate` only migrates and exits. SIGTERM drains and stops.
 */
export async function runService<C extends BaseServiceConfig>(def: ServiceDefinition<C>): Promise<INestApplication> {
  const config = loadConfigOrExit(def.service, def.config);
  memoiseValidationRules();
  const shutdownTracing = initTracing({ serviceName: def.service, otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT });
  const log = createLogger({ service: def.service, level: config.LOG_LEVEL });
  const rootModule = await def.module(config);

  if (process.argv[2] === 'migrate') {
    const app = await NestFactory.createApplicationContext(rootModule, { logger: new PlatterLogger(log) });
    const applied = await runMigrations(app.get(DataSource));
    log.info({ applied }, applied.length ? 'migrations applied' : 'schema is up to date');
    await app.close();
    await app.get(DataSource).destroy().catch(() => undefined);
    return app as unknown as INestApplication;
  }

  const app = await NestFactory.create<NestFastifyApplication>(rootModule, createHttpAdapter(config.trustProxy), {
    logger: new PlatterLogger(log),
    bufferLogs: true,
  });
  recordHttpMetrics(app, app.get(Metrics));
  const options = app.get<PlatformOptions>(PLATFORM_OPTIONS);
  const connection = app.get(AmqpConnection);

  if (options.database) {
    const dataSource = app.get(DataSource);
    await initializeWithRetry(dataSource, log);
    if ((config as unknown as { DATABASE_RUN_MIGRATIONS?: boolean }).DATABASE_RUN_MIGRATIONS !== false) {
      const applied = await runMigrations(dataSource);
      if (applied.length) log.info({ applied }, 'migrations applied');
    }
  }
  await def.prepare?.(app, config);

  app.connectMicroservice(
    {
      strategy: new RabbitTransport({
        connection,
        topology: app.get(Topology),
        prefetch: config.AMQP_PREFETCH,
        rpcPrefetch: config.AMQP_RPC_PREFETCH,
        handlerTimeoutMs: config.HANDLER_TIMEOUT_MS,
        maxDeliveries: config.MAX_DELIVERIES,
        drainTimeoutMs: config.DRAIN_TIMEOUT_MS,
        retryDelaysMs: config.retryDelaysMs,
        // The event share of the pool: a stalled event handler cannot take what RPCs need.
        transactions: options.database ? app.get(TransactionHost).forEvents() : undefined,
        mode: options.instanceQueue ? 'instance' : 'service',
        instanceId: config.SERVICE_INSTANCE_ID ?? `${process.pid}-${randomUUID().slice(0, 8)}`,
        serveRpc: options.serveRpc ?? true,
        subscriptions: options.instanceQueue ? undefined : SUBSCRIPTIONS[def.service as ServiceName],
        telemetrySubscriptions: options.instanceQueue ? undefined : (TELEMETRY_SUBSCRIPTIONS[def.service as ServiceName] ?? []),
        logger: log,
        metrics: app.get(Metrics),
      }),
    },
    { inheritAppConfig: true },
  );
  await def.configureHttp?.(app, config);
  await app.get(RpcClient).start();
  await app.startAllMicroservices();
  if (options.database) {
    const relay = app.get(OutboxRelay);
    app.get(Metrics).setOutboxProbe(() => relay.backlog());
    relay.start();
  }
  // No app.enableShutdownHooks(): Nest's own handler re-raises SIGTERM after app.close(), which
  // would kill the process before the relay, data source, broker and tracing below are stopped.
  await app.listen({ port: config.PORT, host: '0.0.0.0' });
  log.info({ port: config.PORT, namespace: config.PLATTER_NAMESPACE }, `${def.service} is up`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, deadline_ms: config.SHUTDOWN_TIMEOUT_MS }, 'shutting down');
    const steps: ShutdownStep[] = [
      // Closes HTTP and the transport: consumers drain before the connection goes.
      { name: 'app', run: () => app.close() },
      ...(options.database
        ? [
            { name: 'outbox-relay', run: () => app.get(OutboxRelay).stop() },
            { name: 'database', run: () => app.get(DataSource).destroy() },
          ]
        : []),
      { name: 'rpc-client', run: () => app.get(RpcClient).close() },
      { name: 'broker', run: () => connection.close() },
      { name: 'tracing', run: () => shutdownTracing() },
    ];
    const { exitCode } = await runShutdownSequence(steps, { deadlineMs: config.SHUTDOWN_TIMEOUT_MS, stepTimeoutMs: config.SHUTDOWN_STEP_TIMEOUT_MS, log });
    process.exit(exitCode);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  return app;
}

async function initializeWithRetry(dataSource: DataSource, log: { warn(o: object, m: string): void }): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      if (!dataSource.isInitialized) await dataSource.initialize();
      return;
    } catch (err) {
      if (attempt >= 30) throw err;
      log.warn({ err: (err as Error).message, attempt }, 'database not reachable yet');
      await new Promise((r) => setTimeout(r, Math.min(5000, 200 * attempt)));
    }
  }
}

/**
 * HTTP latency per route template (not per URL, so ids don't explode the label set), recorded when
 * the response is sent: this also counts what guards, validation and 404s answered.
 */
function recordHttpMetrics(app: NestFastifyApplication, metrics: Metrics): void {
  app.getHttpAdapter().getInstance().addHook('onResponse', (req, reply, done) => {
    metrics.observeHttp(req.method, req.routeOptions?.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
    done();
  });
}
