import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@platter/auth';
import { GatewayConfig } from '../gateway.config';
import { FleetHealth, checkFleet } from './fleet-health';
import { releaseVersion } from './release-version';

/** GET /health (outside /api/v1): every service's readiness, with an overall status, uptime and version, for probes and dashboards. */
@ApiTags('health')
@Controller('health')
export class FleetHealthController {
  private readonly version = releaseVersion();

  constructor(private readonly config: GatewayConfig) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Aggregated health of the fleet: 200 when every service is ready, else 503' })
  async health(@Res({ passthrough: true }) reply: { status(code: number): unknown }): Promise<FleetHealth> {
    const report = await checkFleet(this.config.serviceHealthUrls, { timeoutMs: 1000, version: this.version });
    reply.status(report.status === 'healthy' ? 200 : 503);
    return report;
  }
}
