import { CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Observable, map } from 'rxjs';

const SUCCESS_MESSAGE_KEY = 'platter:gateway:success-message';

/** The `message` of a route's success envelope. */
export const SuccessMessage = (message: string) => SetMetadata(SUCCESS_MESSAGE_KEY, message);

interface PageResult {
  items: unknown[];
  pagination: Record<string, unknown>;
}

function isPage(result: unknown): result is PageResult {
  const r = result as Partial<PageResult> | null;
  return !!r && typeof r === 'object' && Array.isArray(r.items) && !!r.pagination && typeof r.pagination === 'object';
}

/** The public success envelope, `{success: true, data, message?, timestamp}`; a page of results puts its items in `data` beside `pagination`. */
export function successEnvelope(result: unknown, message?: string) {
  const timestamp = new Date().toISOString();
  const withMessage = message ? { message } : {};
  if (isPage(result)) return { success: true as const, data: result.items, pagination: result.pagination, ...withMessage, timestamp };
  return { success: true as const, data: result ?? null, ...withMessage, timestamp };
}

/** Wraps what the public API routes (under `prefix`) return; health and metrics stay as they are. */
@Injectable()
export class SuccessEnvelopeInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly prefix: string,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http') return next.handle();
    const route = ctx.switchToHttp().getRequest<{ routeOptions?: { url?: string } }>().routeOptions?.url ?? '';
    if (!route.startsWith(this.prefix)) return next.handle();
    const message = this.reflector.get<string | undefined>(SUCCESS_MESSAGE_KEY, ctx.getHandler());
    return next.handle().pipe(map((result) => successEnvelope(result, message)));
  }
}
