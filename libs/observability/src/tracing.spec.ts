import { Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { currentTraceIds, extractTraceContext, initTracing, injectTraceHeaders, withSpan } from './tracing';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/;

describe('tracing (initialised)', () => {
  let shutdown: () => Promise<void>;

  beforeAll(() => {
    shutdown = initTracing({ serviceName: 'test-service' });
  });

  afterAll(() => shutdown());

  it('is idempotent', () => {
    expect(initTracing({ serviceName: 'other' })).toBe(shutdown);
  });

  it('creates real spans whose ids are visible while they are active', async () => {
    const ids = await withSpan('work', { kind: SpanKind.INTERNAL }, async (span) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return { inside: currentTraceIds(), own: span.spanContext() };
    });

    expect(ids.inside).toEqual({ traceId: ids.own.traceId, spanId: ids.own.spanId });
    expect(ids.inside.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(currentTraceIds()).toEqual({});
  });

  it('round-trips the active trace through inject and extract', async () => {
    const { headers, traceId } = await withSpan('publish', { kind: SpanKind.PRODUCER }, async (span) => ({
      headers: injectTraceHeaders({ 'x-retry-count': 0 }),
      traceId: span.spanContext().traceId,
    }));

    expect(headers['x-retry-count']).toBe(0);
    expect(headers.traceparent).toMatch(TRACEPARENT);
    const extracted = trace.getSpanContext(extractTraceContext(headers));
    expect(extracted?.traceId).toBe(traceId);
    expect(extracted?.isRemote).toBe(true);
  });

  it('does not modify the carrier it is given', async () => {
    const carrier = { a: 1 };
    await withSpan('x', { kind: SpanKind.INTERNAL }, async () => injectTraceHeaders(carrier));
    expect(carrier).toEqual({ a: 1 });
  });

  it('makes a child of an extracted parent, with the same trace id', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const parentSpanId = '00f067aa0ba902b7';
    const parent = extractTraceContext({ traceparent: Buffer.from(`00-${traceId}-${parentSpanId}-01`) });

    const span = await withSpan('consume', { kind: SpanKind.CONSUMER, parent, attributes: { queue: 'q' } }, async (s) => s);

    const readable = span as unknown as ReadableSpan;
    expect(readable.spanContext().traceId).toBe(traceId);
    expect(readable.parentSpanContext?.spanId).toBe(parentSpanId);
    expect(readable.kind).toBe(SpanKind.CONSUMER);
    expect(readable.attributes).toEqual({ queue: 'q' });
    expect(readable.ended).toBe(true);
  });

  it('extracts the root context when there are no trace headers', () => {
    expect(trace.getSpanContext(extractTraceContext(undefined))).toBeUndefined();
    expect(trace.getSpanContext(extractTraceContext({ traceparent: 'garbage' }))).toBeUndefined();
  });

  it('marks the span as failed, records the exception and rethrows', async () => {
    let captured: Span | undefined;
    const failure = withSpan('fails', { kind: SpanKind.SERVER }, async (span) => {
      captured = span;
      throw new Error('kitchen on fire');
    });

    await expect(failure).rejects.toThrow('kitchen on fire');
    const readable = captured as unknown as ReadableSpan;
    expect(readable.status).toEqual({ code: SpanStatusCode.ERROR, message: 'kitchen on fire' });
    expect(readable.events.map((e) => e.name)).toContain('exception');
    expect(readable.ended).toBe(true);
  });

  it('nests spans through the active context', async () => {
    const { outer, inner } = await withSpan('outer', { kind: SpanKind.INTERNAL }, async (outerSpan) => {
      const innerSpan = await withSpan('inner', { kind: SpanKind.INTERNAL }, async (s) => s);
      return { outer: outerSpan, inner: innerSpan as unknown as ReadableSpan };
    });

    expect(inner.spanContext().traceId).toBe(outer.spanContext().traceId);
    expect(inner.parentSpanContext?.spanId).toBe(outer.spanContext().spanId);
    expect(trace.getActiveSpan()).toBeUndefined();
  });
});
