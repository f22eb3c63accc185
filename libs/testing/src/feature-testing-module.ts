// Medium tests only: one way to build a service's feature modules for a test, as Nest wires them in
// production, against the real PostgreSQL (a throwaway schema), with the ports a test needs to replace
// (RpcClient, clocks, provider clients, ...) overridable. A constructor change then breaks no spec.
import { Global, Module, ModuleMetadata, Provider, Type } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AmqpConnection, EventPublisher, RpcClient, TelemetryPublisher, Topology } from '@platter/messaging';
import { Metrics, PlatterLogger, createLogger } from '@platter/observability';
import { ServiceDataSourceOptions, TransactionHost } from '@platter/persistence';
import { ThrowawaySchema, createThrowawaySchema } from './throwaway-schema';

/** Anything Nest accepts as a provider token. */
export type ProviderToken = Type<unknown> | string | symbol | (abstract new (...args: never[]) => unknown);

/** A port replaced for the test: by a value, a class, or a factory of other providers. */
export type PortOverride =
  | { provide: ProviderToken; useValue: unknown }
  | { provide: ProviderToken; useClass: Type<unknown> }
  | { provide: ProviderToken; useFactory: (...deps: any[]) => unknown; inject?: ProviderToken[] };

export interface FeatureTestingOptions {
  /** The service the features belong to: names the throwaway schema and is the events' producer. */
  service: string;
  /** The service's entities and migrations (a schema is created and migrated), or a schema the test made itself. */
  database: Pick<ServiceDataSourceOptions, 'entities' | 'migrations'> | ThrowawaySchema;
  /** The feature modules under test (with what they import, as in production). */
  imports: NonNullable<ModuleMetadata['imports']>;
  /** The service's config instance, provided under its class as PlatformModule provides it. */
  config?: object;
  /** Ports replaced for this test, applied over both the platform's providers and the features' own. */
  overrides?: PortOverride[];
  /** Run lifecycle hooks (onModuleInit, onApplicationBootstrap); off by default so no timer or consumer starts. */
  init?: boolean;
}

export interface FeatureTestingModule {
  module: TestingModule;
  db: ThrowawaySchema;
  tx: TransactionHost;
  dataSource: DataSource;
  /** The RpcClient the features got: a FakeRpcClient unless the test overrode RpcClient. */
  rpc: FakeRpcClient;
  /** A provider or controller of the features (or of the platform), by its token. */
  get<T>(token: Type<T> | string | symbol | (abstract new (...args: never[]) => T)): T;
  /** Closes the module; drops the schema only if the factory created it. */
  close(): Promise<void>;
}

export type RpcStub = (request: { actor: unknown; data: any }) => unknown;

/**
 * RpcClient stand-in: a call answers from the stub registered for its pattern and is recorded; a call
 * with no stub fails loudly, so a test never silently talks to nobody.
 */
export class FakeRpcClient {
  readonly calls: Array<{ pattern: string; request: { actor: unknown; data: unknown } }> = [];
  private readonly stubs = new Map<string, RpcStub>();

  /** Answers `pattern` with `answer` (a function of the request, or a value); returns this for chaining. */
  on(pattern: string, answer: RpcStub): this;
  on(pattern: string, answer: unknown): this;
  on(pattern: string, answer: unknown): this {
    this.stubs.set(pattern, typeof answer === 'function' ? (answer as RpcStub) : () => answer);
    return this;
  }

  async call(pattern: string, request: { actor: unknown; data: any }): Promise<any> {
    this.calls.push({ pattern, request });
    const stub = this.stubs.get(pattern);
    if (!stub) throw new Error(`FakeRpcClient: no answer for ${pattern} (register one with rpc.on('${pattern}', ...))`);
    return stub(request);
  }

  callPattern(pattern: string, request: { actor: unknown; data: any }): Promise<any> {
    return this.call(pattern, request);
  }
}

/** Telemetry goes nowhere in a medium test; what was sent is kept for assertions. */
export class RecordingTelemetryPublisher {
  readonly published: unknown[] = [];
  publish(message: unknown): boolean {
    this.published.push(message);
    return true;
  }
}

function isSchema(database: FeatureTestingOptions['database']): database is ThrowawaySchema {
  return 'tx' in database && 'drop' in database;
}

/**
 * Builds `imports` in a Nest TestingModule over a global test platform: the service's config, a quiet
 * logger, metrics, the throwaway schema's DataSource and TransactionHost, a real EventPublisher (events
 * land in the schema's outbox), a FakeRpcClient, a disconnected broker and a recording telemetry
 * publisher. `overrides` replace any of those or any provider of the features.
 */
export async function createFeatureTestingModule(options: FeatureTestingOptions): Promise<FeatureTestingModule> {
  const ownsSchema = !isSchema(options.database);
  const db = isSchema(options.database) ? options.database : await createThrowawaySchema(options.service, options.database);
  try {
    const rpc = new FakeRpcClient();
    const logger = createLogger({ service: options.service, level: 'silent' });
    const platform: Provider[] = [
      { provide: PlatterLogger, useValue: new PlatterLogger(logger) },
      { provide: 'PINO_LOGGER', useValue: logger },
      { provide: Metrics, useValue: new Metrics({ service: options.service, collectDefault: false }) },
      { provide: Topology, useValue: new Topology('test', options.service) },
      { provide: AmqpConnection, useValue: { current: null } },
      { provide: RpcClient, useValue: rpc },
      { provide: TelemetryPublisher, useValue: new RecordingTelemetryPublisher() },
      { provide: DataSource, useValue: db.dataSource },
      { provide: TransactionHost, useValue: db.tx },
      { provide: EventPublisher, useValue: new EventPublisher(db.tx, options.service) },
    ];
    if (options.config) platform.push({ provide: options.config.constructor, useValue: options.config });

    @Global()
    @Module({ providers: platform, exports: platform.map((p) => (p as { provide: ProviderToken }).provide) })
    class TestPlatformModule {}

    let builder = Test.createTestingModule({ imports: [TestPlatformModule, ...options.imports] });
    for (const override of options.overrides ?? []) {
      const by = builder.overrideProvider(override.provide);
      if ('useValue' in override) builder = by.useValue(override.useValue);
      else if ('useClass' in override) builder = by.useClass(override.useClass);
      else builder = by.useFactory({ factory: override.useFactory, inject: override.inject as never[] });
    }
    const module = await builder.compile();
    if (options.init) await module.init();
    let closing: Promise<void> | undefined;
    const closeModule = () => (closing ??= module.close());
    db.closeWithSchema(closeModule);
    return {
      module,
      db,
      tx: db.tx,
      dataSource: db.dataSource,
      rpc: module.get(RpcClient) as unknown as FakeRpcClient,
      get: (token) => module.get(token as never, { strict: false }),
      close: async () => {
        await closeModule();
        if (ownsSchema) await db.drop();
      },
    };
  } catch (err) {
    if (ownsSchema) await db.drop();
    throw err;
  }
}
