import * as amqp from 'amqplib';

/** One domain event as the broker carried it: the envelope's type and payload. */
export interface TappedEvent<P = any> {
  type: string;
  payload: P;
}

/**
 * Listens to a test fleet's events exchange through a private, exclusive queue, so a test can read
 * what a service published (the token an email would carry, a security alert) the way a consumer
 * would. Open it before the action that publishes.
 */
export class EventTap {
  private readonly seen: TappedEvent[] = [];
  private readonly waiters = new Set<() => void>();

  private constructor(
    private readonly connection: amqp.ChannelModel,
    private readonly channel: amqp.Channel,
  ) {}

  static async open(namespace: string, routingKeys: string[], amqpUrl = process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672'): Promise<EventTap> {
    const connection = await amqp.connect(amqpUrl);
    const channel = await connection.createChannel();
    const exchange = `${namespace}.events`;
    await channel.assertExchange(exchange, 'topic', { durable: true });
    const { queue } = await channel.assertQueue('', { exclusive: true, autoDelete: true });
    for (const key of routingKeys) await channel.bindQueue(queue, exchange, key);
    const tap = new EventTap(connection, channel);
    await channel.consume(
      queue,
      (msg) => {
        if (!msg) return;
        const envelope = JSON.parse(msg.content.toString());
        tap.seen.push({ type: envelope.type ?? msg.fields.routingKey, payload: envelope.payload });
        tap.waiters.forEach((wake) => wake());
      },
      { noAck: true },
    );
    return tap;
  }

  /** The `nth` (default first) event of this type matching `match`, already seen or still to come. */
  next<P = any>(type: string, match: (payload: P) => boolean = () => true, { nth = 1, timeoutMs = 10_000 }: { nth?: number; timeoutMs?: number } = {}): Promise<P> {
    const find = () => this.seen.filter((e) => e.type === type && match(e.payload as P))[nth - 1]?.payload as P | undefined;
    const found = find();
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`no ${type} event (#${nth}) within ${timeoutMs} ms`));
      }, timeoutMs);
      const check = () => {
        const hit = find();
        if (!hit) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(hit);
      };
      this.waiters.add(check);
    });
  }

  /** Every event of this type seen so far. */
  all<P = any>(type: string): P[] {
    return this.seen.filter((e) => e.type === type).map((e) => e.payload as P);
  }

  async close(): Promise<void> {
    await this.channel.close().catch(() => undefined);
    await this.connection.close().catch(() => undefined);
  }
}
