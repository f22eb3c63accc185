import { EVENT_CATALOG, EventPayload, EventType, validatePayload } from '@platter/contracts';
import { currentRequestContext, injectTraceHeaders } from '@platter/observability';
import { TransactionHost } from '@platter/persistence';
import { createEnvelope } from '../envelope';
import { currentMessageContext } from '../message-context';

/**
 * Writes domain events to the service's outbox inside the caller's transaction, so the state
 * change and its event commit or roll back together. The relay publishes them afterwards.
 */
export class EventPublisher {
  constructor(
    private readonly transactions: TransactionHost,
    private readonly producer: string,
  ) {}

  async publish<K extends EventType>(type: K, payload: EventPayload<K>): Promise<string> {
    if (!this.transactions.inTransaction) {
      throw new Error(`EventPublisher.publish(${type}) must run inside TransactionHost.run()`);
    }
    const entry = EVENT_CATALOG[type];
    const { errors } = validatePayload(entry.payload as new () => object, payload);
    if (errors.length) {
      throw new Error(`event ${type} breaks its contract: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
    }
    const cause = currentMessageContext();
    const envelope = createEnvelope({
      type,
      version: entry.version,
      producer: this.producer,
      payload: { ...payload },
      correlationId: cause?.correlationId ?? currentRequestContext()?.correlationId ?? currentRequestContext()?.requestId,
      causationId: cause?.messageId,
    });
    await this.transactions.manager.query(
      `INSERT INTO outbox (id, routing_key, envelope, headers) VALUES ($1, $2, $3, $4)`,
      [envelope.id, type, JSON.stringify(envelope), JSON.stringify(injectTraceHeaders({}))],
    );
    return envelope.id;
  }
}
