// Medium tests only: proof that a consumer ends in the same state whatever order one aggregate's
// events reach it in. Nothing orders events per aggregate in production (relay replicas split batches,
// many handlers run at once, a retried message comes back behind later ones), so a consumer must
// converge under every order. The harness delivers each order of a list of envelopes to a fresh
// aggregate through the consumers' real handlers, as the transport does (payload validated against
// the catalog, inbox row and handler in one transaction, a failure retried behind the rest), then
// compares the state the test reads with the state it expects.
import { isDeepStrictEqual } from 'node:util';
import { Type } from '@nestjs/common';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import type { ConsumeMessage } from 'amqplib';
import { EVENT_CATALOG, MessageEnvelope, isKnownEvent, validatePayload } from '@platter/contracts';
import { RabbitContext, createEnvelope, recordInInbox, runWithMessageContext } from '@platter/messaging';
import { FeatureTestingModule } from './feature-testing-module';

/** Every order of `items` (n! of them): use for n ≤ 4, or for the decisive events of a longer list. */
export function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  const out: T[][] = [];
  items.forEach((item, i) => {
    const rest = [...items.slice(0, i), ...items.slice(i + 1)];
    for (const tail of permutations(rest)) out.push([item, ...tail]);
  });
  return out;
}

/** An event for the harness to wrap in an envelope: its catalog type and payload. */
export interface EventOf {
  type: string;
  payload: object;
}

/**
 * Wraps events in envelopes as a producer's outbox would (fresh ids, catalog version), occurred_at
 * one millisecond apart in list order: the order the producer wrote them, which a consumer comparing
 * occurred_at must recover whatever order they are delivered in.
 */
export function envelopesOf(events: EventOf[], producer = 'test'): MessageEnvelope[] {
  const start = Date.now();
  return events.map((e, i) => ({
    ...createEnvelope({ type: e.type, version: isKnownEvent(e.type) ? EVENT_CATALOG[e.type].version : 1, producer, payload: e.payload }),
    occurred_at: new Date(start + i).toISOString(),
  }));
}

type EventHandler = (payload: unknown, ctx: RabbitContext) => unknown;

/** What a delivery did: applied, absorbed by the inbox (a redelivery), or failed (the transport would retry it). */
export type DeliveryOutcome = 'handled' | 'duplicate' | { failed: Error };

/**
 * The service's event handlers, found on its consumer classes by their @EventPattern, delivering an
 * envelope the way the RabbitMQ transport does: payload validated and transformed by its catalog
 * class, then the inbox row and the handler in one transaction, in the message's context.
 */
export class EventDeliverer {
  private readonly handlers = new Map<string, EventHandler>();

  constructor(
    private readonly bed: FeatureTestingModule,
    private readonly consumer: string,
    consumers: Type<unknown>[],
  ) {
    for (const cls of consumers) {
      const instance = bed.get(cls) as Record<string, unknown>;
      const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const method = proto[name];
        if (typeof method !== 'function') continue;
        const patterns = Reflect.getMetadata(PATTERN_METADATA, method) as unknown[] | undefined;
        for (const pattern of patterns ?? []) {
          if (typeof pattern !== 'string') continue;
          if (this.handlers.has(pattern)) throw new Error(`EventDeliverer: two handlers for ${pattern}`);
          this.handlers.set(pattern, (payload, ctx) => (method as (...a: unknown[]) => unknown).call(instance, payload, ctx));
        }
      }
    }
  }

  async deliver(envelope: MessageEnvelope): Promise<DeliveryOutcome> {
    const handler = this.handlers.get(envelope.type);
    if (!handler) throw new Error(`EventDeliverer: no handler for ${envelope.type} among the consumers given`);
    let payload: unknown = envelope.payload;
    if (isKnownEvent(envelope.type)) {
      const { value, errors } = validatePayload(EVENT_CATALOG[envelope.type].payload as new () => object, envelope.payload);
      // The transport dead-letters an invalid payload; in a test it is the test's mistake.
      if (errors.length) throw new Error(`EventDeliverer: invalid ${envelope.type} payload: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
      payload = value;
    }
    const ctx = new RabbitContext([envelope, {} as ConsumeMessage]);
    try {
      return await runWithMessageContext({ messageId: envelope.id, correlationId: envelope.correlation_id }, () =>
        this.bed.tx.run(async (manager) => {
          if (!(await recordInInbox(manager, this.consumer, envelope.id))) return 'duplicate' as const;
          await handler(payload, ctx);
          return 'handled' as const;
        }),
      );
    } catch (err) {
      return { failed: err as Error };
    }
  }
}

export interface EveryOrderCase<S> {
  /** The consumers' deliverer. */
  deliverer: EventDeliverer;
  /** One aggregate's envelopes, fresh ids each call, so every order starts from nothing. */
  events: () => MessageEnvelope[];
  /** The state the consumer holds for that aggregate (read from its tables) once all are delivered. */
  state: (envelopes: MessageEnvelope[]) => Promise<S>;
  /** The state every order must end in. */
  expected: (envelopes: MessageEnvelope[]) => S;
  /**
   * Indexes (into events()) of the decisive events whose every order is tried; the others keep
   * their place after them. All of them by default (n! orders: keep n ≤ 4 or 5).
   */
  decisive?: number[];
  /** Retries a failed delivery gets, behind the rest (the transport's retry schedule length). */
  retries?: number;
}

/** One order that did not end where it should. */
export interface OrderFailure<S> {
  order: string[];
  expected: S;
  actual: S | string;
}

function label(e: MessageEnvelope): string {
  const p = e.payload as Record<string, unknown>;
  const detail = typeof p.to === 'string' ? `→${p.to}` : typeof p.status === 'string' ? `:${p.status}` : '';
  return `${e.type}${detail}`;
}

/**
 * Delivers `events()` in every order (of the decisive ones), each to a fresh aggregate, then every
 * envelope once more (the broker's redelivery: the inbox must absorb it, or the handler must be
 * idempotent when the inbox row was lost with a rolled-back attempt). A delivery that fails goes
 * behind the rest, up to `retries` times, as the transport's retry queue puts it. Answers the orders
 * that ended anywhere but `expected` (or left a message failing for good): [] is the proof.
 */
export async function deliverInEveryOrder<S>(c: EveryOrderCase<S>): Promise<OrderFailure<S>[]> {
  const retries = c.retries ?? 3;
  const count = c.events().length;
  const decisive = c.decisive ?? Array.from({ length: count }, (_, i) => i);
  const others = Array.from({ length: count }, (_, i) => i).filter((i) => !decisive.includes(i));
  const failures: OrderFailure<S>[] = [];
  for (const order of permutations(decisive)) {
    const envelopes = c.events();
    const sequence = [...order, ...others].map((i) => envelopes[i]);
    const queue: Array<{ envelope: MessageEnvelope; attempt: number }> = [...sequence, ...sequence].map((envelope) => ({ envelope, attempt: 0 }));
    const deadLettered: string[] = [];
    while (queue.length) {
      const next = queue.shift()!;
      const outcome = await c.deliverer.deliver(next.envelope);
      if (typeof outcome === 'object') {
        if (next.attempt < retries) queue.push({ envelope: next.envelope, attempt: next.attempt + 1 });
        else deadLettered.push(`${label(next.envelope)}: ${outcome.failed.message}`);
      }
    }
    const expected = c.expected(envelopes);
    const names = sequence.map(label);
    if (deadLettered.length) {
      failures.push({ order: names, expected, actual: `dead-lettered ${deadLettered.join(', ')}` });
      continue;
    }
    const actual = await c.state(envelopes);
    if (!isDeepStrictEqual(actual, expected)) failures.push({ order: names, expected, actual });
  }
  return failures;
}
