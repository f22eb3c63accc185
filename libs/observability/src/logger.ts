import type { LoggerService } from '@nestjs/common';
import pino, { DestinationStream, Level, Logger } from 'pino';
import { currentRequestContext } from './request-context';
import { currentTraceIds } from './tracing';

export interface CreateLoggerOptions {
  service: string;
  level?: string;
  /** Where JSON lines go; stdout when omitted. */
  destination?: DestinationStream;
}

/** Fields never written as-is: credentials that handlers may log by accident. */
export const REDACTED_LOG_PATHS = [
  'password', '*.password',
  'token', '*.token',
  'authorization', 'headers.authorization', '*.headers.authorization',
  'access_token', '*.access_token',
  'refresh_token', '*.refresh_token',
];

/** One JSON object per line: time (ISO), level (label), service, msg, plus request and trace ids. */
export function createLogger(options: CreateLoggerOptions): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: options.service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: correlationFields,
      redact: { paths: REDACTED_LOG_PATHS, censor: '[REDACTED]' },
    },
    options.destination,
  );
}

// Read at each log call, so every line inside a request or span carries its ids.
function correlationFields(): Record<string, string> {
  const fields: Record<string, string> = {};
  const request = currentRequestContext();
  if (request?.requestId) fields.request_id = request.requestId;
  if (request?.correlationId) fields.correlation_id = request.correlationId;
  const { traceId, spanId } = currentTraceIds();
  if (traceId) fields.trace_id = traceId;
  if (spanId) fields.span_id = spanId;
  return fields;
}

// Nest's ConsoleLogger test for "this string is a stack trace".
const STACK_TRACE = /^(.)+\n\s+at .+:\d+:\d+/;

/**
 * Nest's LoggerService on top of the pino logger, so framework logs are JSON lines too.
 * Nest passes `(message, ...params, context?)`, and `(message, stack?, context?)` for errors.
 */
export class PlatterLogger implements LoggerService {
  constructor(readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    const fields: Record<string, unknown> = {};
    const rest = params.filter((p) => p !== undefined);
    const last = rest.at(-1);
    if (typeof last === 'string' && !STACK_TRACE.test(last)) {
      fields.context = last;
      rest.pop();
    }
    for (const param of rest) {
      if (param instanceof Error) fields.err = param;
      else if (typeof param === 'string' && STACK_TRACE.test(param)) fields.err = errorFromStack(String(message), param);
      else if (param !== null && typeof param === 'object') Object.assign(fields, param);
    }
    if (message instanceof Error) {
      this.logger[level]({ err: message, ...fields }, message.message);
    } else if (message !== null && typeof message === 'object') {
      this.logger[level]({ ...message, ...fields });
    } else {
      this.logger[level](fields, String(message));
    }
  }
}

/** Nest hands over `error.stack` alone; rebuild an Error so pino serialises it like any other. */
function errorFromStack(message: string, stack: string): Error {
  const err = new Error(message);
  err.stack = stack;
  return err;
}
