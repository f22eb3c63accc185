import { randomUUID } from 'node:crypto';
import { MessageEnvelope } from '@platter/contracts';

export function createEnvelope<P>(args: {
  type: string;
  version: number;
  producer: string;
  payload: P;
  correlationId?: string;
  causationId?: string;
  id?: string;
}): MessageEnvelope<P> {
  const id = args.id ?? randomUUID();
  return {
    id,
    type: args.type,
    version: args.version,
    occurred_at: new Date().toISOString(),
    producer: args.producer,
    correlation_id: args.correlationId ?? id,
    ...(args.causationId ? { causation_id: args.causationId } : {}),
    payload: args.payload,
  };
}

export class MalformedMessageError extends Error {}

/** Parses and shape-checks an envelope; anything else is malformed (and will be dead-lettered). */
export function parseEnvelope(content: Buffer): MessageEnvelope {
  let body: unknown;
  try {
    body = JSON.parse(content.toString('utf8'));
  } catch {
    throw new MalformedMessageError('body is not valid JSON');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new MalformedMessageError('body is not an object');
  const e = body as Record<string, unknown>;
  const missing = ['id', 'type', 'producer', 'correlation_id', 'occurred_at'].filter((k) => typeof e[k] !== 'string' || !e[k]);
  if (missing.length) throw new MalformedMessageError(`envelope lacks ${missing.join(', ')}`);
  if (typeof e.version !== 'number') throw new MalformedMessageError('envelope lacks version');
  if (!('payload' in e)) throw new MalformedMessageError('envelope lacks payload');
  return e as unknown as MessageEnvelope;
}
