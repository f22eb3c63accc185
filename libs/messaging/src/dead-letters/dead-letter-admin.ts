import * as amqp from 'amqplib';
import { HEADERS } from '@platter/contracts';
import { publishConfirmed } from '../confirm';
import { Topology } from '../topology';

export interface DeadLetter {
  messageId: string;
  type: string;
  reason: string;
  deadLetteredAt?: string;
  attempts: number;
  body: unknown;
}

export interface DeadLetterAdminOptions {
  /** How long list/replay wait for another admin's operation on the same DLQ to end. */
  lockTimeoutMs?: number;
}

/** Operations under way per connection and service: the broker lock cannot tell them apart. */
const localChains = new WeakMap<amqp.ChannelModel, Map<string, Promise<void>>>();

/**
 * Lists and replays a service's dead letters. Listing peeks: messages are taken without ack and
 * released when the channel closes, so nothing is lost by looking. While a listing holds them
 * unacked a replay cannot see them (it would skip them), and a replay of chosen ids holds the
 * others: so list and replay of one service's DLQ never overlap. The lock is an exclusive queue
 * (`<dlq>.admin-lock`), which RabbitMQ lets only one connection hold, and drops with it when a
 * process dies; operations on the same connection queue up in process.
 */
export class DeadLetterAdmin {
  constructor(
    private readonly model: amqp.ChannelModel,
    private readonly namespace: string,
    private readonly options: DeadLetterAdminOptions = {},
  ) {}

  list(service: string, limit = 100): Promise<DeadLetter[]> {
    return this.exclusively(service, () => this.listUnlocked(service, limit));
  }

  /** Moves dead letters (all, or those with the given ids) back into the service's queue. */
  replay(service: string, ids?: string[]): Promise<number> {
    return this.exclusively(service, () => this.replayUnlocked(service, ids));
  }

  private async exclusively<T>(service: string, operation: () => Promise<T>): Promise<T> {
    let chains = localChains.get(this.model);
    if (!chains) localChains.set(this.model, (chains = new Map()));
    const before = chains.get(service) ?? Promise.resolve();
    let done!: () => void;
    const mine = before.then(() => new Promise<void>((resolve) => (done = resolve)));
    chains.set(service, mine);
    await before;
    try {
      const release = await this.brokerLock(new Topology(this.namespace, service));
      try {
        return await operation();
      } finally {
        await release();
      }
    } finally {
      done();
      if (chains.get(service) === mine) chains.delete(service);
    }
  }

  private async brokerLock(topology: Topology): Promise<() => Promise<void>> {
    const name = `${topology.deadLetterQueue}.admin-lock`;
    const deadline = Date.now() + (this.options.lockTimeoutMs ?? 60_000);
    for (;;) {
      const ch = await this.model.createChannel();
      ch.on('error', () => undefined); // a refused declare closes the channel; the catch below handles it
      try {
        await ch.assertQueue(name, { exclusive: true, durable: false });
        return async () => {
          await ch.deleteQueue(name).catch(() => undefined);
          await ch.close().catch(() => undefined);
        };
      } catch (err) {
        await ch.close().catch(() => undefined);
        const locked = (err as { code?: number }).code === 405 || /RESOURCE_LOCKED/.test((err as Error).message);
        if (!locked) throw err;
        if (Date.now() > deadline) {
          throw new Error(`dead letters of ${topology.service} are being listed or replayed by another admin; try again later`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  private async listUnlocked(service: string, limit: number): Promise<DeadLetter[]> {
    const topology = new Topology(this.namespace, service);
    const ch = await this.model.createChannel();
    try {
      await ch.assertQueue(topology.deadLetterQueue, { durable: true });
      const out: DeadLetter[] = [];
      while (out.length < limit) {
        const msg = await ch.get(topology.deadLetterQueue, { noAck: false });
        if (!msg) break;
        out.push(describe(msg));
      }
      return out;
    } finally {
      await ch.close().catch(() => undefined);
    }
  }

  private async replayUnlocked(service: string, ids?: string[]): Promise<number> {
    const topology = new Topology(this.namespace, service);
    const ch = await this.model.createConfirmChannel();
    let replayed = 0;
    try {
      const { messageCount } = await ch.assertQueue(topology.deadLetterQueue, { durable: true });
      for (let seen = 0; seen < messageCount; seen++) {
        const msg = await ch.get(topology.deadLetterQueue, { noAck: false });
        if (!msg) break;
        if (ids && !ids.includes(String(msg.properties.messageId))) continue; // released on close
        const headers = { ...(msg.properties.headers ?? {}) };
        delete headers[HEADERS.retryCount];
        delete headers[HEADERS.deathReason];
        headers['x-replayed-at'] = new Date().toISOString();
        await publishConfirmed(ch, '', topology.eventsQueue, msg.content, { ...msg.properties, persistent: true, headers });
        ch.ack(msg);
        replayed++;
      }
      return replayed;
    } finally {
      await ch.close().catch(() => undefined);
    }
  }
}

function describe(msg: amqp.GetMessage): DeadLetter {
  const h = msg.properties.headers ?? {};
  let body: unknown;
  try {
    body = JSON.parse(msg.content.toString('utf8'));
  } catch {
    body = msg.content.toString('utf8').slice(0, 2000);
  }
  return {
    messageId: String(msg.properties.messageId ?? ''),
    type: String(msg.properties.type ?? h['x-original-routing-key'] ?? ''),
    reason: String(h[HEADERS.deathReason] ?? ''),
    deadLetteredAt: h['x-dead-lettered-at'] ? String(h['x-dead-lettered-at']) : undefined,
    attempts: Number(h[HEADERS.retryCount] ?? 0) + 1,
    body,
  };
}
