// A small Nest microservice over RabbitTransport whose handlers record their side effects in the
// `effects` table through TransactionHost.manager, so tests can count what was applied.
import 'reflect-metadata';
import { ArgumentsHost, Catch, Controller, Inject, INestMicroservice, RpcExceptionFilter } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern, MessagePattern, Payload } from '@nestjs/microservices';
import { Observable, throwError } from 'rxjs';
import { MessageEnvelope, PlatterError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { AmqpConnection } from '../connection/amqp-connection';
import { MessagingMetrics, noMetrics } from '../ports';
import { Topology } from '../topology';
import { envelopeOf } from '../transport/rabbit-context';
import { RabbitTransport } from '../transport/rabbit-transport';

export const EFFECT_EVENTS = ['user.status-changed', 'order.created', 'test.unchecked'] as const;

/** What the handlers do; tests flip these while the consumer runs. */
export interface HandlerBehaviour {
  /** Event handlers throw (the transaction rolls back) while this is set. */
  failing: boolean;
  /** Message ids whose handler throws. */
  failFor: Set<string>;
  /** Message ids whose handler throws this error instead. */
  failWith: Map<string, unknown>;
  /** Message ids whose handler never settles. */
  hang: Set<string>;
  /** Per message id: how long the handler waits before writing (to make deliveries overlap). */
  delays: Map<string, number>;
  /** Handler invocations per message id (including failed ones and rolled-back ones). */
  calls: Map<string, number>;
  /** Called inside the handler's transaction, after the effect row is written. */
  afterWrite?: (messageId: string) => void | Promise<void>;
}

export function newBehaviour(): HandlerBehaviour {
  return { failing: false, failFor: new Set(), failWith: new Map(), hang: new Set(), delays: new Map(), calls: new Map() };
}

export const CONSUMER_DEPS = Symbol('CONSUMER_DEPS');

interface ConsumerDeps {
  transactions: TransactionHost;
  behaviour: HandlerBehaviour;
  consumer: string;
}

@Controller()
class EffectsController {
  constructor(@Inject(CONSUMER_DEPS) private readonly deps: ConsumerDeps) {}

  @EventPattern('user.status-changed')
  onUserStatus(@Payload() _payload: unknown, @Ctx() ctx: unknown): Promise<void> {
    return this.apply(envelopeOf(ctx));
  }

  @EventPattern('order.created')
  onOrderCreated(@Payload() _payload: unknown, @Ctx() ctx: unknown): Promise<void> {
    return this.apply(envelopeOf(ctx));
  }

  /** Not in the event catalog: delivered without payload validation. */
  @EventPattern('test.unchecked')
  onUnchecked(@Payload() _payload: unknown, @Ctx() ctx: unknown): Promise<void> {
    return this.apply(envelopeOf(ctx));
  }

  private async apply({ id, type }: MessageEnvelope): Promise<void> {
    const b = this.deps.behaviour;
    b.calls.set(id, (b.calls.get(id) ?? 0) + 1);
    const delay = b.delays.get(id);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    if (b.hang.has(id)) await new Promise(() => undefined);
    if (b.failWith.has(id)) throw b.failWith.get(id);
    if (b.failing || b.failFor.has(id)) throw new Error(`handler refused ${id}: downstream is failing`);
    const m = this.deps.transactions.manager;
    await m.query(
      `INSERT INTO effects (message_id, type, consumer) VALUES ($1, $2, $3)
       ON CONFLICT (message_id) DO UPDATE SET applications = effects.applications + 1`,
      [id, type, this.deps.consumer],
    );
    await b.afterWrite?.(id);
  }
}

@Controller()
class RpcTestController {
  constructor(@Inject(CONSUMER_DEPS) private readonly deps: ConsumerDeps) {}

  /** Holds the whole process (the event loop) for `ms`, as a CPU-bound handler would. */
  @MessagePattern('ordering.test.block')
  block(@Payload() request: { data: { ms: number } }) {
    const until = Date.now() + request.data.ms;
    while (Date.now() < until) {
      // busy: nothing else in this process runs meanwhile
    }
    return 'unblocked';
  }

  /** Counts its executions per `data.key` in the behaviour's calls. */
  @MessagePattern('ordering.test.record')
  record(@Payload() request: { data: { key: string } }) {
    const calls = this.deps.behaviour.calls;
    calls.set(request.data.key, (calls.get(request.data.key) ?? 0) + 1);
    return 'recorded';
  }

  @MessagePattern('ordering.test.hang')
  hang(): Promise<never> {
    return new Promise(() => undefined);
  }

  @MessagePattern('ordering.test.echo')
  echo(@Payload() request: { data: unknown }, @Ctx() ctx: unknown) {
    return { echoed: request.data, pattern: envelopeOf(ctx).type };
  }

  @MessagePattern('ordering.test.conflict')
  conflict(): never {
    throw new PlatterError('CONFLICT', 'That order was already accepted', [{ field: 'order_id', message: 'already accepted' }]);
  }

  @MessagePattern('ordering.test.crash')
  crash(): never {
    throw new Error('secret internal detail: connection string postgres://x');
  }

  @MessagePattern('ordering.test.slow')
  async slow(@Payload() request: { data: { ms: number } }) {
    await new Promise((r) => setTimeout(r, request.data.ms));
    return 'late';
  }
}

/**
 * Hands the original error back to the transport, as service-kit's PlatterExceptionFilter does
 * (Nest's default RPC filter would replace it with a generic "Internal server error").
 */
@Catch()
export class RethrowRpcFilter implements RpcExceptionFilter {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}

export interface StartConsumerOptions {
  url: string;
  namespace: string;
  service: string;
  transactions?: TransactionHost;
  behaviour?: HandlerBehaviour;
  prefetch?: number;
  retryDelaysMs?: number[];
  metrics?: MessagingMetrics;
  /** Register the event handlers (default true). */
  events?: boolean;
  /** Register and serve the RPC handlers (default false). */
  rpc?: boolean;
  rpcPrefetch?: number;
  handlerTimeoutMs?: number;
  drainTimeoutMs?: number;
  maxDeliveries?: number;
  mode?: 'service' | 'instance';
  instanceId?: string;
}

export interface RunningConsumer {
  app: INestMicroservice;
  connection: AmqpConnection;
  transport: RabbitTransport;
  topology: Topology;
  behaviour: HandlerBehaviour;
  close(): Promise<void>;
}

/** Starts the microservice and resolves once it consumes (topology declared). */
export async function startEffectsConsumer(o: StartConsumerOptions): Promise<RunningConsumer> {
  const topology = new Topology(o.namespace, o.service);
  const connection = new AmqpConnection({ url: o.url, name: `test-${o.service}`, minBackoffMs: 100, maxBackoffMs: 1000 });
  const behaviour = o.behaviour ?? newBehaviour();
  const controllers = [...(o.events === false ? [] : [EffectsController]), ...(o.rpc ? [RpcTestController] : [])];
  const transport = new RabbitTransport({
    connection,
    topology,
    prefetch: o.prefetch ?? 10,
    retryDelaysMs: o.retryDelaysMs ?? [100, 200],
    transactions: o.transactions,
    serveRpc: o.rpc ?? false,
    rpcPrefetch: o.rpcPrefetch,
    handlerTimeoutMs: o.handlerTimeoutMs,
    drainTimeoutMs: o.drainTimeoutMs,
    maxDeliveries: o.maxDeliveries,
    mode: o.mode,
    instanceId: o.instanceId,
    metrics: o.metrics ?? noMetrics,
  });
  const app = await NestFactory.createMicroservice(
    {
      controllers,
      providers: [{ provide: CONSUMER_DEPS, useValue: { transactions: o.transactions, behaviour, consumer: o.service } }],
    },
    { strategy: transport, logger: false },
  );
  app.useGlobalFilters(new RethrowRpcFilter());
  await app.listen();
  await connection.waitUntilConnected(30_000);
  let closed = false;
  return {
    app,
    connection,
    transport,
    topology,
    behaviour,
    close: async () => {
      if (closed) return;
      closed = true;
      await app.close();
      await connection.close();
    },
  };
}

/** Counts outcomes per handler, for assertions on what the transport decided. */
export class RecordingMetrics implements MessagingMetrics {
  readonly outcomes: Array<{ handler: string; outcome: string }> = [];
  countMessage(handler: string, outcome: Parameters<MessagingMetrics['countMessage']>[1]): void {
    this.outcomes.push({ handler, outcome });
  }
  count(outcome: string, handler?: string): number {
    return this.outcomes.filter((o) => o.outcome === outcome && (!handler || o.handler === handler)).length;
  }
  observeHandling(): void {}
  observeRpcServer(): void {}
  observeRpcClient(): void {}
  countOutboxPublished(): void {}
}
