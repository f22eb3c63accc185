import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorFunction, HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { AmqpConnection } from '@platter/messaging';
import { PLATFORM_OPTIONS, PlatformOptions } from '../platform/platform-options';

/**
 * Liveness says the process serves; readiness says its database and broker answer, and that every
 * required broker setup hook (each consumer's and publisher's channel set-up) is in place:
 * `broker_hooks` lists each hook with its status, last error and since when.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    private readonly amqp: AmqpConnection,
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformOptions,
    @Inject(DataSource) private readonly dataSource: DataSource | null,
  ) {}

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([async () => this.indicator.check('process').up({ uptime_s: Math.round(process.uptime()) })]);
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    const checks: HealthIndicatorFunction[] = [
      async () => {
        const i = this.indicator.check('broker');
        return this.amqp.isConnected ? i.up() : i.down({ message: 'not connected' });
      },
      async () => {
        const i = this.indicator.check('broker_hooks');
        const hooks = this.amqp.hookStates.map((h) => ({
          name: h.name,
          status: h.status,
          required: h.required,
          since: h.since,
          failures: h.failures,
          last_error: h.lastError,
        }));
        const notReady = hooks.filter((h) => h.required && h.status !== 'ok').map((h) => h.name);
        return notReady.length ? i.down({ not_ready: notReady, hooks }) : i.up({ hooks });
      },
    ];
    if (this.options.database && this.dataSource) {
      checks.push(async () => {
        const i = this.indicator.check('database');
        const started = performance.now();
        try {
          await this.dataSource!.query('SELECT 1');
          return i.up({ responseTimeMs: Math.round(performance.now() - started) });
        } catch (err) {
          return i.down({ message: (err as Error).message });
        }
      });
    }
    for (const extra of this.options.readinessChecks ?? []) {
      checks.push(async () => {
        const i = this.indicator.check(extra.name);
        const { up, details = {} } = await extra.probe().catch((err: Error) => ({ up: false, details: { message: err.message } }));
        if (up) return i.up({ reachable: true, ...details });
        return extra.critical ? i.down(details) : i.up({ ...details, reachable: false, critical: false });
      });
    }
    return this.health.check(checks);
  }
}
