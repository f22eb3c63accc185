import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Controller, Inject, INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventPattern, Payload } from '@nestjs/microservices';
import * as amqp from 'amqplib';
import { DriverLocationReported } from '@platter/contracts';
import { AmqpConnection } from '../connection/amqp-connection';
import { createEnvelope } from '../envelope';
import { RecordingMetrics } from '../testing-fixtures/effects-consumer';
import { AMQP_URL, deleteNamespace, publishRaw, queueState, sleep, uniqueNamespace, waitFor } from '../testing-fixtures/infra';
import { orderCreated } from '../testing-fixtures/payloads';
import { Topology } from '../topology';
import { RabbitTransport } from '../transport/rabbit-transport';
import { TelemetryPublisher } from './telemetry-publisher';

// Telemetry against the real broker: the publisher sends non-persistent messages straight to the
// exchange; a service consumes them from its telemetry queue (shared by replicas, no inbox, no
// retries), while its durable queue never sees them; bad or failing messages are dropped and counted.

jest.setTimeout(120_000);

const SERVICE = 'telemetry-test';
const DEPS = Symbol('DEPS');

interface Seen {
  positions: Array<{ replica: string; payload: DriverLocationReported }>;
  orders: string[];
  failFor: Set<string>;
}

@Controller()
class TelemetryController {
  constructor(@Inject(DEPS) private readonly deps: { seen: Seen; replica: string }) {}

  @EventPattern('driver.location-reported')
  onPosition(@Payload() payload: DriverLocationReported): void {
    if (this.deps.seen.failFor.has(payload.driver_id)) throw new Error('handler broke');
    this.deps.seen.positions.push({ replica: this.deps.replica, payload });
  }

  @EventPattern('order.created')
  onOrder(@Payload() payload: { order_id: string }): void {
    this.deps.seen.orders.push(payload.order_id);
  }
}

async function startReplica(namespace: string, replica: string, seen: Seen, metrics: RecordingMetrics, telemetrySubscriptions?: string[]) {
  const connection = new AmqpConnection({ url: AMQP_URL, name: `test-${replica}`, minBackoffMs: 100, maxBackoffMs: 1000 });
  const app: INestMicroservice = await NestFactory.createMicroservice(
    { controllers: [TelemetryController], providers: [{ provide: DEPS, useValue: { seen, replica } }] },
    {
      strategy: new RabbitTransport({
        connection,
        topology: new Topology(namespace, SERVICE),
        prefetch: 10,
        retryDelaysMs: [100],
        subscriptions: ['order.created'],
        telemetrySubscriptions: telemetrySubscriptions ?? ['driver.location-reported'],
        serveRpc: false,
        metrics,
      }),
      logger: false,
    },
  );
  await app.listen();
  await connection.waitUntilConnected(30_000);
  return { app, connection, close: async () => { await app.close(); await connection.close(); } };
}

function position(driverId = randomUUID(), lat = 4.05): DriverLocationReported {
  return { driver_id: driverId, lat, lng: 9.7, heading: 90, speed: 30, accuracy: 5, reported_at: new Date().toISOString() };
}

describe('Telemetry (RabbitMQ)', () => {
  let namespace: string;
  let seen: Seen;
  let metrics: RecordingMetrics;
  let replicas: Array<Awaited<ReturnType<typeof startReplica>>> = [];
  let pubConnection: AmqpConnection;
  let publisher: TelemetryPublisher;
  const topology = () => new Topology(namespace, SERVICE);

  beforeAll(async () => {
    namespace = uniqueNamespace('telemetry');
    seen = { positions: [], orders: [], failFor: new Set() };
    metrics = new RecordingMetrics();
    replicas = [await startReplica(namespace, 'a', seen, metrics), await startReplica(namespace, 'b', seen, metrics)];
    pubConnection = new AmqpConnection({ url: AMQP_URL, name: 'test-telemetry-publisher' });
    publisher = new TelemetryPublisher({ connection: pubConnection, namespace, producer: 'gateway' });
    pubConnection.start();
    await pubConnection.waitUntilConnected();
    await waitFor('the publisher channel', () => publisher.ready);
  });

  afterAll(async () => {
    await publisher?.close();
    await pubConnection?.close();
    for (const r of replicas) await r.close();
    if (namespace) await deleteNamespace(namespace);
  });

  beforeEach(() => {
    seen.positions.length = 0;
    seen.orders.length = 0;
    seen.failFor.clear();
    metrics.outcomes.length = 0;
  });

  it('delivers published positions to the telemetry queue, shared by the replicas, never to the durable queue', async () => {
    const sent = Array.from({ length: 200 }, () => position());
    for (const p of sent) expect(publisher.publish('driver.location-reported', p)).toBe(true);

    await waitFor('200 positions handled', () => seen.positions.length === 200);
    // Each message once across the two replicas, both taking a share.
    expect(new Set(seen.positions.map((s) => s.payload.driver_id)).size).toBe(200);
    expect(new Set(seen.positions.map((s) => s.replica))).toEqual(new Set(['a', 'b']));
    expect(seen.positions[0].payload).toBeInstanceOf(DriverLocationReported);
    expect(metrics.count('handled', 'driver.location-reported')).toBe(200);
    expect(publisher.stats()).toEqual({ published: 200, dropped: { invalid: 0, disconnected: 0, backpressure: 0, error: 0 } });

    expect(await queueState(topology().eventsQueue)).toEqual({ messageCount: 0, consumerCount: 2 });
    expect(await queueState(topology().telemetryQueue)).toEqual({ messageCount: 0, consumerCount: 2 });
    // The durable queue is bound to its SUBSCRIPTIONS only, and keeps serving them.
    const order = orderCreated();
    await publishRaw(namespace, [{ routingKey: 'order.created', content: createEnvelope({ type: 'order.created', version: 1, producer: 'test', payload: order }) }]);
    await waitFor('the order event', () => seen.orders.includes(order.order_id));
  });

  it('sends telemetry non-persistent with an expiration', async () => {
    // A side queue bound to the same key, read with get(), shows the message's properties.
    const model = await amqp.connect(AMQP_URL);
    try {
      const ch = await model.createChannel();
      const q = await ch.assertQueue('', { exclusive: true });
      await ch.bindQueue(q.queue, `${namespace}.events`, 'driver.location-reported');
      publisher.publish('driver.location-reported', position());
      const msg = (await waitFor('a message on the side queue', async () => (await ch.get(q.queue, { noAck: true })) || null)) as amqp.GetMessage;
      expect(msg.properties.deliveryMode).not.toBe(2);
      expect(msg.properties.expiration).toBe('10000');
      const envelope = JSON.parse(msg.content.toString());
      expect(envelope).toMatchObject({ type: 'driver.location-reported', version: 1, producer: 'gateway' });
    } finally {
      await model.close();
    }
  });

  it('refuses (without throwing) a payload that breaks the contract or an event that is not telemetry', () => {
    expect(publisher.publish('driver.location-reported', { ...position(), lat: 123 })).toBe(false);
    // @ts-expect-error order.created is not a telemetry event
    expect(publisher.publish('order.created', orderCreated())).toBe(false);
    expect(publisher.stats().dropped.invalid).toBe(2);
  });

  it('drops and counts malformed, invalid and failing messages, acks them all and keeps consuming', async () => {
    const failing = position();
    seen.failFor.add(failing.driver_id);
    const good = position();
    await publishRaw(namespace, [
      { routingKey: 'driver.location-reported', content: Buffer.from('{not json'), options: { persistent: false } },
      { routingKey: 'driver.location-reported', content: createEnvelope({ type: 'driver.location-reported', version: 1, producer: 'x', payload: { ...position(), lng: 999 } }) },
      { routingKey: 'driver.location-reported', content: createEnvelope({ type: 'driver.location-reported', version: 1, producer: 'x', payload: failing }) },
      { routingKey: 'driver.location-reported', content: createEnvelope({ type: 'driver.location-reported', version: 1, producer: 'x', payload: good }) },
    ]);
    await waitFor('the good position', () => seen.positions.some((s) => s.payload.driver_id === good.driver_id));
    await waitFor('four outcomes', () => metrics.outcomes.length === 4);
    expect(metrics.count('invalid')).toBe(2);
    expect(metrics.count('failed', 'driver.location-reported')).toBe(1);
    expect(metrics.count('handled', 'driver.location-reported')).toBe(1);
    // Nothing retried, nothing dead-lettered, nothing left unacked.
    expect(await queueState(topology().telemetryQueue)).toEqual({ messageCount: 0, consumerCount: 2 });
    expect(await queueState(topology().deadLetterQueue)).toEqual({ messageCount: 0, consumerCount: 0 });
    await sleep(300);
    expect(seen.positions.filter((s) => s.payload.driver_id === failing.driver_id)).toHaveLength(0);
  });

  it('drops and counts while the broker is unreachable, never throwing into the caller', async () => {
    const offline = new AmqpConnection({ url: 'amqp://guest:guest@127.0.0.1:1', name: 'nowhere', minBackoffMs: 10_000 });
    const p = new TelemetryPublisher({ connection: offline, namespace, producer: 'gateway' });
    offline.start();
    expect(p.publish('driver.location-reported', position())).toBe(false);
    expect(p.stats().dropped.disconnected).toBe(1);
    await offline.close();
  });

  it('refuses to start a service whose telemetry handlers differ from its declared telemetry subscriptions', async () => {
    await expect(startReplica(namespace, 'c', seen, metrics, [])).rejects.toThrow(/handles driver.location-reported that TELEMETRY_SUBSCRIPTIONS.telemetry-test does not list/);
  });
});
