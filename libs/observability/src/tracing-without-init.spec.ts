import { SpanKind, trace } from '@opentelemetry/api';
import { currentTraceIds, extractTraceContext, injectTraceHeaders, withSpan } from './tracing';

// Libraries and tests run this code in processes that never call initTracing().
describe('tracing (not initialised)', () => {
  it('still runs the work, returns its result and rethrows its errors', async () => {
    await expect(withSpan('noop', { kind: SpanKind.INTERNAL }, async () => 42)).resolves.toBe(42);
    await expect(
      withSpan('noop', { kind: SpanKind.INTERNAL }, async () => {
        throw new Error('still thrown');
      }),
    ).rejects.toThrow('still thrown');
  });

  it('has no ids and injects nothing', async () => {
    await withSpan('noop', { kind: SpanKind.INTERNAL }, async () => {
      expect(currentTraceIds()).toEqual({});
      expect(injectTraceHeaders({ a: 1 })).toEqual({ a: 1 });
    });
  });

  it('still extracts an incoming parent, so its trace id is not lost', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const parent = extractTraceContext({ traceparent: `00-${traceId}-00f067aa0ba902b7-01` });

    expect(trace.getSpanContext(parent)?.traceId).toBe(traceId);
    const span = await withSpan('child', { kind: SpanKind.CONSUMER, parent }, async (s) => s);
    expect(span.spanContext().traceId).toBe(traceId);
  });
});
