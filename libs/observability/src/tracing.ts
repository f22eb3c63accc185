import {
  Attributes, context, Context, isSpanContextValid, propagation, ROOT_CONTEXT, Span, SpanKind, SpanStatusCode,
  TextMapGetter, trace, Tracer,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { ATTR_SERVICE_INSTANCE_ID, ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { AsyncLocalStorageContextManager } from './async-local-storage-context-manager';

export interface TracingOptions {
  serviceName: string;
  /** OTLP/HTTP base URL (OTEL_EXPORTER_OTLP_ENDPOINT); spans are exported only when set. */
  otlpEndpoint?: string;
  serviceInstanceId?: string;
}

const TRACER_NAME = '@platter/observability';

// Used directly rather than through the global API so trace context still crosses process
// boundaries in processes (and tests) that never called initTracing().
const w3cTraceContext = new W3CTraceContextPropagator();

// AMQP headers may arrive as Buffers; HTTP headers may repeat as arrays.
const headerGetter: TextMapGetter<Record<string, unknown>> = {
  keys: (carrier) => Object.keys(carrier),
  get: (carrier, key) => {
    const value = carrier[key];
    if (typeof value === 'string') return value;
    if (Buffer.isBuffer(value)) return value.toString('utf8');
    if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
    return undefined;
  },
};

let shutdownActiveTracing: (() => Promise<void>) | undefined;

/**
 * Registers a tracer provider, the W3C propagator and an AsyncLocalStorage context manager
 * globally. Idempotent: later calls return the first call's `shutdown`.
 */
export function initTracing(options: TracingOptions): () => Promise<void> {
  if (shutdownActiveTracing) return shutdownActiveTracing;

  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({
      [ATTR_SERVICE_NAME]: options.serviceName,
      ...(options.serviceInstanceId ? { [ATTR_SERVICE_INSTANCE_ID]: options.serviceInstanceId } : {}),
    }),
    // Without an exporter spans are still created (ids for logs and propagation), just not sent.
    spanProcessors: options.otlpEndpoint
      ? [new BatchSpanProcessor(new OTLPTraceExporter({ url: otlpTracesUrl(options.otlpEndpoint) }))]
      : [],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(w3cTraceContext);
  trace.setGlobalTracerProvider(provider);

  let stopping: Promise<void> | undefined;
  const shutdown = (): Promise<void> =>
    (stopping ??= provider.shutdown().finally(() => {
      trace.disable();
      propagation.disable();
      context.disable();
      shutdownActiveTracing = undefined;
    }));
  shutdownActiveTracing = shutdown;
  return shutdown;
}

/** OTEL_EXPORTER_OTLP_ENDPOINT is a base URL; the traces signal lives under /v1/traces. */
function otlpTracesUrl(endpoint: string): string {
  const base = endpoint.replace(/\/+$/, '');
  return base.endsWith('/v1/traces') ? base : `${base}/v1/traces`;
}

/** Tracer of this library; a no-op until initTracing() runs (the API proxies to the provider). */
export function getTracer(): Tracer {
  return trace.getTracer(TRACER_NAME);
}

/** A copy of `carrier` with traceparent/tracestate of the active span added. */
export function injectTraceHeaders(carrier: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...carrier };
  w3cTraceContext.inject(context.active(), copy, {
    set: (target, key, value) => {
      target[key] = value;
    },
  });
  return copy;
}

/** The remote parent carried by incoming headers, or the root context when there is none. */
export function extractTraceContext(headers: Record<string, unknown> | undefined): Context {
  return w3cTraceContext.extract(ROOT_CONTEXT, headers ?? {}, headerGetter);
}

export interface SpanOptions {
  kind: SpanKind;
  /** Defaults to the active context. */
  parent?: Context;
  attributes?: Attributes;
}

/** Runs `fn` inside a new active span; a throw is recorded on the span (status ERROR) and rethrown. */
export function withSpan<T>(name: string, opts: SpanOptions, fn: (span: Span) => Promise<T>): Promise<T> {
  const parent = opts.parent ?? context.active();
  return getTracer().startActiveSpan(name, { kind: opts.kind, attributes: opts.attributes }, parent, async (span) => {
    try {
      return await fn(span);
    } catch (err) {
      span.recordException(err instanceof Error ? err : String(err));
      span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.message : String(err) });
      throw err;
    } finally {
      span.end();
    }
  });
}

/** Ids of the active span, for logs; empty when there is no valid active span. */
export function currentTraceIds(): { traceId?: string; spanId?: string } {
  const spanContext = trace.getSpanContext(context.active());
  if (!spanContext || !isSpanContextValid(spanContext)) return {};
  return { traceId: spanContext.traceId, spanId: spanContext.spanId };
}
