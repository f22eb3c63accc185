import { SpanKind } from '@opentelemetry/api';
import { Writable } from 'node:stream';
import { createLogger, PlatterLogger } from './logger';
import { runWithRequestContext } from './request-context';
import { initTracing, withSpan } from './tracing';

/** A destination that keeps each JSON line pino writes. */
function captureLines() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, destination };
}

describe('createLogger', () => {
  let shutdownTracing: () => Promise<void>;
  beforeAll(() => {
    shutdownTracing = initTracing({ serviceName: 'logger-test' });
  });
  afterAll(() => shutdownTracing());

  it('writes one JSON object per line with ISO time, level label, service and msg', () => {
    const { lines, destination } = captureLines();
    const log = createLogger({ service: 'ordering', destination });

    log.info('order created');
    log.debug('hidden at the default level');

    expect(lines).toHaveLength(1);
    expect(lines[0]).toEqual({ level: 'info', time: expect.any(String), service: 'ordering', msg: 'order created' });
    expect(new Date(lines[0].time as string).toISOString()).toBe(lines[0].time);
  });

  it('honours the level option', () => {
    const { lines, destination } = captureLines();
    const log = createLogger({ service: 'ordering', level: 'warn', destination });

    log.info('no');
    log.warn('yes');

    expect(lines.map((l) => l.msg)).toEqual(['yes']);
  });

  it('adds request and correlation ids from the request context', () => {
    const { lines, destination } = captureLines();
    const log = createLogger({ service: 'ordering', destination });

    runWithRequestContext({ requestId: 'req-1', correlationId: 'corr-1' }, () => log.info('inside'));
    log.info('outside');

    expect(lines[0]).toMatchObject({ request_id: 'req-1', correlation_id: 'corr-1' });
    expect(lines[1]).not.toHaveProperty('request_id');
    expect(lines[1]).not.toHaveProperty('correlation_id');
  });

  it('adds trace and span ids of the active span', async () => {
    const { lines, destination } = captureLines();
    const log = createLogger({ service: 'ordering', destination });

    const ids = await withSpan('handle', { kind: SpanKind.CONSUMER }, async (span) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      log.info('in span');
      return span.spanContext();
    });
    log.info('after span');

    expect(lines[0]).toMatchObject({ trace_id: ids.traceId, span_id: ids.spanId });
    expect(lines[1]).not.toHaveProperty('trace_id');
  });

  it('redacts credentials', () => {
    const { lines, destination } = captureLines();
    const log = createLogger({ service: 'identity', destination });

    log.info(
      {
        password: 'p1',
        user: { email: 'a@b.c', password: 'p2', token: 't2' },
        token: 't1',
        authorization: 'Bearer a',
        headers: { authorization: 'Bearer b', accept: 'json' },
        access_token: 'at',
        refresh_token: 'rt',
      },
      'login',
    );

    const line = JSON.stringify(lines[0]);
    expect(line).not.toMatch(/p1|p2|t1|t2|Bearer|"at"|"rt"/);
    expect(lines[0]).toMatchObject({
      password: '[REDACTED]',
      user: { email: 'a@b.c', password: '[REDACTED]', token: '[REDACTED]' },
      headers: { authorization: '[REDACTED]', accept: 'json' },
    });
  });
});

describe('PlatterLogger', () => {
  function nestLogger() {
    const { lines, destination } = captureLines();
    return { lines, logger: new PlatterLogger(createLogger({ service: 'gateway', level: 'trace', destination })) };
  }

  it('maps Nest levels and turns the trailing context argument into a field', () => {
    const { lines, logger } = nestLogger();

    logger.log('Nest application started', 'NestApplication');
    logger.warn('slow', 'Orders');
    logger.debug('d');
    logger.verbose('v', 'Ctx');
    logger.fatal('f');

    expect(lines.map((l) => [l.level, l.msg, l.context])).toEqual([
      ['info', 'Nest application started', 'NestApplication'],
      ['warn', 'slow', 'Orders'],
      ['debug', 'd', undefined],
      ['trace', 'v', 'Ctx'],
      ['fatal', 'f', undefined],
    ]);
  });

  it('puts an Error argument or a stack string under err', () => {
    const { lines, logger } = nestLogger();
    const err = new Error('db down');

    logger.error('query failed', err, 'OrdersService');
    logger.error('unhandled', err.stack, 'ExceptionsHandler');
    logger.error('no context', err.stack);
    logger.error(err);

    expect(lines[0]).toMatchObject({ level: 'error', msg: 'query failed', context: 'OrdersService', err: { message: 'db down' } });
    expect((lines[0].err as { stack: string }).stack).toContain('db down');
    expect(lines[1]).toMatchObject({ msg: 'unhandled', context: 'ExceptionsHandler', err: { type: 'Error', stack: err.stack } });
    expect(lines[2]).toMatchObject({ msg: 'no context', err: { stack: err.stack } });
    expect(lines[2]).not.toHaveProperty('context');
    expect(lines[3]).toMatchObject({ msg: 'db down', err: { type: 'Error', message: 'db down' } });
  });

  it('merges object messages and parameters as fields', () => {
    const { lines, logger } = nestLogger();

    logger.log({ event: 'x', password: 'secret' }, 'Ctx');
    logger.log('with fields', { order_id: 'o-1' }, 'Ctx');

    expect(lines[0]).toMatchObject({ event: 'x', password: '[REDACTED]', context: 'Ctx' });
    expect(lines[1]).toMatchObject({ msg: 'with fields', order_id: 'o-1', context: 'Ctx' });
  });
});
