import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable, tap } from 'rxjs';
import { Metrics } from '@platter/observability';

/** Records HTTP latency per route template (not per URL, so ids don't explode the label set). */
@Injectable()
export class HttpMetricsInterceptor implements NestInterceptor {
  constructor(private readonly metrics: Metrics) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http') return next.handle();
    const started = performance.now();
    const req = ctx.switchToHttp().getRequest<{ method: string; routeOptions?: { url?: string }; url: string }>();
    const reply = ctx.switchToHttp().getResponse<{ statusCode: number }>();
    const route = req.routeOptions?.url ?? 'unknown';
    const done = (status: number) => this.metrics.observeHttp(req.method, route, status, (performance.now() - started) / 1000);
    return next.handle().pipe(
      tap({
        next: () => done(reply.statusCode),
        error: (err: { status?: number; getStatus?: () => number }) => done(err?.getStatus?.() ?? err?.status ?? 500),
      }),
    );
  }
}
