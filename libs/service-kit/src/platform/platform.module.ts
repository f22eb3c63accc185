import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { AmqpConnection, EventPublisher, OutboxRelay, RpcClient, TelemetryPublisher, Topology } from '@platter/messaging';
import { Metrics, PlatterLogger, createLogger } from '@platter/observability';
import { TransactionHost, createServiceDataSource } from '@platter/persistence';
import { PlatterExceptionFilter } from '../errors/platter-exception.filter';
import { HealthController } from '../health/health.controller';
import { MetricsController } from '../metrics/metrics.controller';
import { PLATFORM_OPTIONS, PlatformOptions, SERVICE_CONFIG } from './platform-options';

/**
 * Everything a service gets from the platform: config, logger, metrics, its data source and
 * transactions, the broker connection, outbox publisher and relay, RPC client, health and metrics.
 */
@Global()
@Module({})
export class PlatformModule {
  static forService(options: PlatformOptions): DynamicModule {
    const { service, config } = options;
    const schema = config.DATABASE_SCHEMA ?? service;
    const logger = createLogger({ service, level: config.LOG_LEVEL });
    const providers: Provider[] = [
      { provide: PLATFORM_OPTIONS, useValue: options },
      { provide: SERVICE_CONFIG, useValue: config },
      { provide: config.constructor, useValue: config },
      { provide: PlatterLogger, useValue: new PlatterLogger(logger) },
      { provide: 'PINO_LOGGER', useValue: logger },
      { provide: Metrics, useValue: new Metrics({ service }) },
      { provide: Topology, useValue: new Topology(config.PLATTER_NAMESPACE, service) },
      {
        provide: AmqpConnection,
        useFactory: () => new AmqpConnection({ url: config.AMQP_URL, name: `${service}@${process.pid}`, logger }),
      },
      {
        provide: RpcClient,
        inject: [AmqpConnection, Metrics],
        useFactory: (connection: AmqpConnection, metrics: Metrics) =>
          new RpcClient({ connection, namespace: config.PLATTER_NAMESPACE, producer: service, timeoutMs: config.RPC_TIMEOUT_MS, logger, metrics }),
      },
      {
        // Driver positions and other telemetry: straight to the exchange, no outbox (gateway and services).
        provide: TelemetryPublisher,
        inject: [AmqpConnection, Metrics],
        useFactory: (connection: AmqpConnection, metrics: Metrics) =>
          new TelemetryPublisher({ connection, namespace: config.PLATTER_NAMESPACE, producer: service, logger, metrics }),
      },
      { provide: APP_FILTER, useClass: PlatterExceptionFilter },
    ];
    if (options.database) {
      const db = options.database;
      providers.push(
        {
          provide: DataSource,
          useFactory: () =>
            createServiceDataSource({
              url: config.DATABASE_URL!,
              schema,
              entities: db.entities,
              migrations: db.migrations,
              poolMax: config.DATABASE_POOL_MAX,
              applicationName: service,
              timeouts: {
                statementMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
                lockMs: config.DATABASE_LOCK_TIMEOUT_MS,
                idleInTransactionMs: config.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
              },
              connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
            }),
        },
        {
          // Slots per role keep event handlers within pool − DATABASE_RESERVED_CONNECTIONS and every
          // transaction within pool − 1, so RPCs, /health/ready and the relay always find a connection
          // (docs/architecture.md, "Time limits and capacity").
          provide: TransactionHost,
          inject: [DataSource],
          useFactory: (ds: DataSource) =>
            new TransactionHost(ds, {
              poolMax: config.DATABASE_POOL_MAX ?? 10,
              reservedConnections: config.DATABASE_RESERVED_CONNECTIONS,
              attempts: config.DATABASE_TRANSACTION_ATTEMPTS,
              slotWaitMs: config.DATABASE_CONNECT_TIMEOUT_MS,
              onAfterCommitError: (err) => logger.warn({ err: (err as Error)?.message }, 'after-commit work failed'),
            }),
        },
        { provide: EventPublisher, inject: [TransactionHost], useFactory: (tx: TransactionHost) => new EventPublisher(tx, service) },
        {
          provide: OutboxRelay,
          inject: [DataSource, AmqpConnection, Topology, Metrics],
          useFactory: (dataSource: DataSource, connection: AmqpConnection, topology: Topology, metrics: Metrics) =>
            new OutboxRelay({
              dataSource,
              schema,
              listenUrl: config.DATABASE_URL!,
              connection,
              topology,
              logger,
              metrics,
              confirmTimeoutMs: relayConfirmTimeoutMs(config.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS),
            }),
        },
      );
    } else {
      providers.push({ provide: DataSource, useValue: null });
    }
    return {
      module: PlatformModule,
      imports: [TerminusModule],
      controllers: [HealthController, MetricsController],
      providers,
      exports: providers
        .map((p) => (typeof p === 'function' ? p : p.provide))
        .filter((token) => token !== APP_FILTER),
    };
  }
}

/**
 * The relay waits for publisher confirms inside the transaction that locked its batch: it must give
 * up before PostgreSQL ends that idle-in-transaction session, or the batch fails with a lost
 * connection instead of a clean timeout and rollback.
 */
export function relayConfirmTimeoutMs(idleInTransactionMs: number | undefined): number {
  const relayDefault = 30_000;
  if (!idleInTransactionMs) return relayDefault;
  return Math.max(500, Math.min(relayDefault, idleInTransactionMs - 1000));
}
