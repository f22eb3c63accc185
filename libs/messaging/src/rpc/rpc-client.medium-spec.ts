import type * as amqp from 'amqplib';
import { PlatterError } from '@platter/contracts';
import { AmqpConnection } from '../connection/amqp-connection';
import { RpcOutcomeUnknownError, RpcTimeoutError, ServiceUnavailableError } from '../errors';
import { RunningConsumer, startEffectsConsumer } from '../testing-fixtures/effects-consumer';
import { AMQP_URL, deleteNamespace, queueState, sleep, uniqueNamespace, waitFor } from '../testing-fixtures/infra';
import { Topology } from '../topology';
import { RpcClient } from './rpc-client';

// Request/reply over the real broker: answers, typed errors, timeouts and absent services.

// The integration project's testTimeout is not applied by jest 30 to project configs; hooks need it too.
jest.setTimeout(120_000);

describe('RpcClient and @MessagePattern handlers (RabbitMQ)', () => {
  let namespace: string;
  let server: RunningConsumer;
  let connection: AmqpConnection;
  let client: RpcClient;

  beforeAll(async () => {
    namespace = uniqueNamespace('rpc');
    // The "ordering" service of this namespace answers ordering.test.* patterns.
    server = await startEffectsConsumer({ url: AMQP_URL, namespace, service: 'ordering', events: false, rpc: true, handlerTimeoutMs: 1_500 });
    connection = new AmqpConnection({ url: AMQP_URL, name: 'test-rpc-client' });
    client = new RpcClient({ connection, namespace, producer: 'gateway', timeoutMs: 5_000 });
    await client.start();
    await connection.waitUntilConnected();
    await waitFor('the RPC client channel', () => client.ready);
  });

  afterAll(async () => {
    await client?.close();
    await connection?.close();
    await server?.close();
    if (namespace) await deleteNamespace(namespace);
  });

  it('answers a call with the handler result', async () => {
    const reply = await client.callPattern('ordering.test.echo', { actor: null, data: { n: 42, s: 'ünïcödé' } });
    expect(reply).toEqual({ echoed: { n: 42, s: 'ünïcödé' }, pattern: 'ordering.test.echo' });
  });

  it('keeps concurrent calls apart by correlation id', async () => {
    const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => client.callPattern('ordering.test.echo', { actor: null, data: i })));
    expect(replies.map((r) => (r as { echoed: number }).echoed)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('rejects with a PlatterError carrying the code, message and details the handler threw', async () => {
    const err = await client.callPattern('ordering.test.conflict', { actor: null, data: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatterError);
    expect(err).toMatchObject({
      code: 'CONFLICT',
      message: 'That order was already accepted',
      details: [{ field: 'order_id', message: 'already accepted' }],
      status: 409,
    });
  });

  it('hides internal errors behind INTERNAL_ERROR', async () => {
    const err = await client.callPattern('ordering.test.crash', { actor: null, data: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatterError);
    expect(err).toMatchObject({ code: 'INTERNAL_ERROR', message: 'An internal error occurred' });
    expect((err as Error).message).not.toMatch(/postgres/);
  });

  it('rejects with NOT_FOUND for a pattern the running service does not handle', async () => {
    const err = await client.callPattern('ordering.test.nobody-handles-this', { actor: null, data: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatterError);
    expect(err).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('times out with RpcTimeoutError (GATEWAY_TIMEOUT) when the handler is too slow, and ignores the late answer', async () => {
    const started = Date.now();
    const err = await client.callPattern('ordering.test.slow', { actor: null, data: { ms: 800 } }, { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RpcTimeoutError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(Date.now() - started).toBeLessThan(800);
    await sleep(700); // the late reply arrives and is dropped
    expect(await client.callPattern('ordering.test.echo', { actor: null, data: 'still fine' })).toMatchObject({ echoed: 'still fine' });
  });

  it('times out with RpcTimeoutError (GATEWAY_TIMEOUT) when the service queue exists but its consumer is stopped', async () => {
    // The kitchen service ran once (its RPC queue is durable) and is stopped now.
    const kitchen = await startEffectsConsumer({ url: AMQP_URL, namespace, service: 'kitchen', events: false, rpc: true });
    await kitchen.close();
    const queue = Topology.rpcQueueOf(namespace, 'kitchen');
    expect(await queueState(queue)).toEqual({ messageCount: 0, consumerCount: 0 });

    const started = Date.now();
    const err = await client.callPattern('kitchen.tickets.list', { actor: null, data: {} }, { timeoutMs: 600 }).catch((e: unknown) => e);
    const elapsed = Date.now() - started;
    expect(err).toBeInstanceOf(RpcTimeoutError);
    expect(err).toMatchObject({ code: 'GATEWAY_TIMEOUT', status: 504 });
    expect(elapsed).toBeGreaterThanOrEqual(600);
    expect(elapsed).toBeLessThan(2_000);
    // The request expires in the queue instead of waiting for a consumer nobody would read the answer of.
    await waitFor('the expired request to leave the queue', async () => (await queueState(queue))?.messageCount === 0, 5_000);
  });

  it('rejects at once with ServiceUnavailableError when no queue exists for the service', async () => {
    const started = Date.now();
    const err = await client.callPattern('dispatch.deliveries.list', { actor: null, data: {} }, { timeoutMs: 5_000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceUnavailableError);
    expect(err).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503 });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('stays closed after close() while the shared connection lives on, and fails calls in flight', async () => {
    const shared = new AmqpConnection({ url: AMQP_URL, name: 'test-rpc-client-2' });
    const c = new RpcClient({ connection: shared, namespace, producer: 'gateway', timeoutMs: 5_000 });
    try {
      await c.start();
      await shared.waitUntilConnected();
      await waitFor('the second client channel', () => c.ready);
      const inFlight = c.callPattern('ordering.test.slow', { actor: null, data: { ms: 1_000 } }).catch((e: unknown) => e);
      await sleep(50);
      await c.close();
      // The request was sent: it may run, so the caller is told the outcome is unknown (504), not 503.
      expect(await inFlight).toBeInstanceOf(RpcOutcomeUnknownError);
      await sleep(600);
      expect(c.ready).toBe(false);
      await expect(c.callPattern('ordering.test.echo', { actor: null, data: 1 })).rejects.toBeInstanceOf(ServiceUnavailableError);
    } finally {
      await c.close();
      await shared.close();
    }
  });

  it('rejects with ServiceUnavailableError while the broker connection is down', async () => {
    const offline = new AmqpConnection({ url: 'amqp://guest:guest@127.0.0.1:1', name: 'unreachable' });
    const c = new RpcClient({ connection: offline, namespace, producer: 'gateway', timeoutMs: 1_000 });
    await c.start();
    try {
      await expect(c.callPattern('ordering.test.echo', { actor: null, data: 1 })).rejects.toBeInstanceOf(ServiceUnavailableError);
    } finally {
      await c.close();
      await offline.close();
    }
  });

  it('skips requests its server only gets to after their callers gave up', async () => {
    server.behaviour.calls.clear();
    // The block holds the server process; the requests behind it arrive meanwhile and wait in it.
    const blocking = client.callPattern('ordering.test.block', { actor: null, data: { ms: 1_000 } }, { timeoutMs: 5_000 });
    const late = await Promise.all(
      ['a', 'b', 'c'].map((key) => client.callPattern('ordering.test.record', { actor: null, data: { key } }, { timeoutMs: 300 }).catch((e: unknown) => e)),
    );
    expect(late.every((e) => e instanceof RpcTimeoutError)).toBe(true);
    expect(await blocking).toBe('unblocked');
    // Proof the server is answering again, then: none of the expired requests ran.
    expect(await client.callPattern('ordering.test.record', { actor: null, data: { key: 'fresh' } })).toBe('recorded');
    expect([...server.behaviour.calls.entries()]).toEqual([['fresh', 1]]);
  });

  it('answers GATEWAY_TIMEOUT when the handler does not finish within handlerTimeoutMs', async () => {
    const started = Date.now();
    const err = await client.callPattern('ordering.test.hang', { actor: null, data: {} }, { timeoutMs: 5_000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatterError);
    expect(err).not.toBeInstanceOf(RpcTimeoutError);
    expect(err).toMatchObject({ code: 'GATEWAY_TIMEOUT', status: 504, message: 'The service did not finish ordering.test.hang within 1500 ms; its outcome is unknown' });
    expect(Date.now() - started).toBeLessThan(4_500);
  });

  it('rejects with 504 (outcome unknown) when the connection is lost after the request was sent', async () => {
    const shared = new AmqpConnection({ url: AMQP_URL, name: 'test-rpc-client-lost' });
    const c = new RpcClient({ connection: shared, namespace, producer: 'gateway', timeoutMs: 5_000 });
    try {
      await c.start();
      await shared.waitUntilConnected();
      await waitFor('the client channel', () => c.ready);
      const inFlight = c.callPattern('ordering.test.slow', { actor: null, data: { ms: 1_000 } }).catch((e: unknown) => e);
      await sleep(100);
      await shared.current!.close();
      const err = await inFlight;
      expect(err).toBeInstanceOf(RpcOutcomeUnknownError);
      expect(err).toMatchObject({ code: 'GATEWAY_TIMEOUT', status: 504 });
      expect((err as Error).message).toMatch(/ordering\.test\.slow was in flight; its outcome is unknown/);
    } finally {
      await c.close();
      await shared.close();
    }
  });

  it('rejects with 503 when the channel is closing as the request is sent (nothing was sent)', async () => {
    const shared = new AmqpConnection({ url: AMQP_URL, name: 'test-rpc-client-closing' });
    const c = new RpcClient({ connection: shared, namespace, producer: 'gateway', timeoutMs: 5_000 });
    try {
      await c.start();
      await shared.waitUntilConnected();
      await waitFor('the client channel', () => c.ready);
      const channel = (c as unknown as { channel: amqp.Channel }).channel;
      const closing = channel.close();
      const err = await c.callPattern('ordering.test.echo', { actor: null, data: 1 }).catch((e: unknown) => e);
      await closing;
      expect(err).toBeInstanceOf(ServiceUnavailableError);
      expect(err).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503 });
    } finally {
      await c.close();
      await shared.close();
    }
  });
});
