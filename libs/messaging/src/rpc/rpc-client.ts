import { SpanKind } from '@opentelemetry/api';
import * as amqp from 'amqplib';
import { HEADERS, RpcPattern, RpcRequest, RpcRequestOf, RpcResultOf, SerializedError, serviceOfPattern } from '@platter/contracts';
import { injectTraceHeaders, withSpan } from '@platter/observability';
import { AmqpConnection } from '../connection/amqp-connection';
import { createEnvelope } from '../envelope';
import { RpcOutcomeUnknownError, RpcTimeoutError, ServiceUnavailableError, deserializeError } from '../errors';
import { MessagingLogger, MessagingMetrics, noMetrics, silentLogger } from '../ports';
import { Topology } from '../topology';

const REPLY_QUEUE = 'amq.rabbitmq.reply-to';

interface Pending {
  pattern: string;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

export interface RpcClientOptions {
  connection: AmqpConnection;
  namespace: string;
  producer: string;
  timeoutMs: number;
  logger?: MessagingLogger;
  metrics?: MessagingMetrics;
}

/**
 * Request/reply over RabbitMQ with direct reply-to. A request expires in the queue when its
 * caller stops waiting, so a service that comes back never works on answers nobody reads.
 */
export class RpcClient {
  private channel: amqp.Channel | null = null;
  private closed = false;
  private hooked = false;
  private readonly pending = new Map<string, Pending>();
  private readonly log: MessagingLogger;
  private readonly metrics: MessagingMetrics;

  constructor(private readonly o: RpcClientOptions) {
    this.log = o.logger ?? silentLogger;
    this.metrics = o.metrics ?? noMetrics;
  }

  async start(): Promise<void> {
    this.closed = false;
    if (!this.hooked) {
      this.hooked = true;
      // The hook stays registered on the connection; setup() does nothing once the client is closed.
      await this.o.connection.onConnect('rpc-client', (model) => this.setup(model));
    } else if (this.o.connection.current && !this.channel) {
      await this.setup(this.o.connection.current);
    }
    this.o.connection.start();
  }

  get ready(): boolean {
    return this.channel !== null;
  }

  /** Typed by RpcMap: the wrong `data` for a pattern, or the wrong expected result, does not compile. */
  async call<P extends RpcPattern>(
    pattern: P,
    request: RpcRequest<RpcRequestOf<P>>,
    opts: { timeoutMs?: number; correlationId?: string } = {},
  ): Promise<RpcResultOf<P>> {
    return this.callPattern(pattern, request, opts) as Promise<RpcResultOf<P>>;
  }

  /** Untyped: for the transport's own tests, whose patterns are not the fleet's. Code calls `call`. */
  async callPattern(pattern: string, request: RpcRequest<unknown>, opts: { timeoutMs?: number; correlationId?: string } = {}): Promise<unknown> {
    type R = unknown;
    const timeoutMs = opts.timeoutMs ?? this.o.timeoutMs;
    const started = performance.now();
    const queue = Topology.rpcQueueOf(this.o.namespace, serviceOfPattern(pattern));
    return withSpan(`${pattern} call`, { kind: SpanKind.CLIENT, attributes: { 'rpc.system': 'rabbitmq', 'rpc.method': pattern } }, async () => {
      const ch = this.channel;
      if (!ch) {
        this.metrics.observeRpcClient(pattern, 'error', 0);
        throw new ServiceUnavailableError('The message broker is not reachable');
      }
      const envelope = createEnvelope({ type: pattern, version: 1, producer: this.o.producer, payload: request, correlationId: opts.correlationId });
      const correlationId = envelope.id;
      try {
        const result = await new Promise<R>((resolve, reject) => {
          const timer = setTimeout(() => {
            this.pending.delete(correlationId);
            reject(new RpcTimeoutError(pattern, timeoutMs));
          }, timeoutMs);
          this.pending.set(correlationId, { pattern, resolve: resolve as (v: unknown) => void, reject, timer });
          try {
            ch.sendToQueue(queue, Buffer.from(JSON.stringify(envelope)), {
              replyTo: REPLY_QUEUE,
              correlationId,
              messageId: envelope.id,
              type: pattern,
              contentType: 'application/json',
              expiration: String(timeoutMs),
              mandatory: true,
              // The server skips the request if it only gets to it after the caller stopped waiting.
              headers: injectTraceHeaders({ [HEADERS.rpcPattern]: pattern, [HEADERS.rpcDeadline]: Date.now() + timeoutMs }),
            });
          } catch (err) {
            // The channel is closing or closed: nothing was sent.
            this.take(correlationId);
            reject(new ServiceUnavailableError(`The message broker channel is closed (${(err as Error).message})`));
          }
        });
        this.metrics.observeRpcClient(pattern, 'ok', (performance.now() - started) / 1000);
        return result;
      } catch (err) {
        const outcome = err instanceof RpcTimeoutError ? 'timeout' : 'error';
        this.metrics.observeRpcClient(pattern, outcome, (performance.now() - started) / 1000);
        throw err;
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.failAll('The RPC client closed');
    const ch = this.channel;
    this.channel = null;
    await ch?.close().catch(() => undefined);
  }

  private async setup(model: amqp.ChannelModel): Promise<void> {
    if (this.closed) return;
    const ch = await model.createChannel();
    ch.on('error', (err: Error) => this.log.warn({ err: err.message }, 'rpc client channel error'));
    ch.on('close', () => {
      if (this.channel === ch) this.channel = null;
      // Replies to this channel's reply-to address can no longer arrive; the requests were sent.
      this.failAll('Lost the connection to the message broker');
      if (!this.closed && this.o.connection.current === model) setTimeout(() => void this.setup(model).catch(() => undefined), 200);
    });
    // A request no queue takes (the service never ran) comes back at once: no need to wait for the timeout.
    ch.on('return', (msg: amqp.Message) => {
      const p = this.take(msg.properties.correlationId);
      p?.reject(new ServiceUnavailableError(`No ${String(msg.properties.type)} service is running`));
    });
    await ch.consume(
      REPLY_QUEUE,
      (msg) => {
        if (!msg) return;
        const p = this.take(msg.properties.correlationId);
        if (!p) return; // the caller timed out already
        try {
          const reply = JSON.parse(msg.content.toString('utf8')) as { ok: boolean; data?: unknown; error?: SerializedError };
          if (reply.ok) p.resolve(reply.data);
          else p.reject(deserializeError(reply.error ?? { code: 'INTERNAL_ERROR', message: 'Malformed error reply' }));
        } catch {
          p.reject(new ServiceUnavailableError('Malformed reply from service'));
        }
      },
      { noAck: true },
    );
    if (this.closed) {
      await ch.close().catch(() => undefined);
      return;
    }
    this.channel = ch;
  }

  private take(correlationId: string | undefined): Pending | undefined {
    if (!correlationId) return undefined;
    const p = this.pending.get(correlationId);
    if (p) {
      clearTimeout(p.timer);
      this.pending.delete(correlationId);
    }
    return p;
  }

  /** Every pending request was sent already: whether it ran is unknown. */
  private failAll(why: string): void {
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      this.pending.delete(id);
      p.reject(new RpcOutcomeUnknownError(p.pattern, why));
    }
  }
}
