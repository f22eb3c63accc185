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

/**
 * Lists and replays a service's dead letters. Listing peeks: messages are taken without ack and
 * released when the channel closes, so nothing is lost by looking.
 */
export class DeadLetterAdmin {
  constructor(private readonly model: amqp.ChannelModel, private readonly namespace: string) {}

  async list(service: string, limit = 100): Promise<DeadLetter[]> {
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

  /** Moves dead letters (all, or those with the given ids) back into the service's queue. */
  async replay(service: string, ids?: string[]): Promise<number> {
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
