import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@platter/auth';
import { ServiceUnavailableError } from '@platter/messaging';
import { GatewayConfig } from '../gateway.config';
import { Authenticated } from '../routes/common/access';
import { FleetHealth, PublicHealth, checkFleet, publicHealthOf } from './fleet-health';
import { cameViaOpsPort } from './ops-port';
import { releaseVersion } from './release-version';

/**
 * An unauthenticated caller gets the answer of a check at most this old: each check asks every
 * service, so a flood of public health requests must not become a flood of probes.
 */
const PUBLIC_CHECK_REUSE_MS = 1000;

interface StatusReply {
  status(code: number): unknown;
}

/**
 * The fleet's health: every service's readiness, with an overall status, uptime and version, on the
 * ops port and for admins; a status only on the public port (docs/security.md).
 */
@ApiTags('health')
@Controller()
export class FleetHealthController {
  private readonly version = releaseVersion();
  private recent?: { at: number; report: Promise<FleetHealth> };

  constructor(private readonly config: GatewayConfig) {}

  @Get('health')
  @Public()
  @ApiOperation({
    summary: 'Health of the fleet, for load balancers: 200 when every service is ready, else 503; the status only (every service, on the ops port)',
  })
  async health(@Req() req: { raw?: object }, @Res({ passthrough: true }) reply: StatusReply): Promise<FleetHealth | PublicHealth> {
    const report = cameViaOpsPort(req.raw) ? await this.check() : publicHealthOf(await this.recentCheck());
    reply.status(report.status === 'healthy' ? 200 : 503);
    return report;
  }

  @Get('api/v1/health')
  @Public()
  @ApiOperation({ summary: 'Health of the fleet: healthy, or 503 SERVICE_UNAVAILABLE; the status only' })
  async apiHealth(): Promise<PublicHealth> {
    const report = publicHealthOf(await this.recentCheck());
    if (report.status !== 'healthy') throw new ServiceUnavailableError('The platform is degraded');
    return report;
  }

  @Get('admin/system/health')
  @Authenticated('admin')
  @ApiOperation({ summary: "Every service's readiness and response time, with uptime and version (status degraded when one is down)" })
  systemHealth(): Promise<FleetHealth> {
    return this.check();
  }

  private check(): Promise<FleetHealth> {
    return checkFleet(this.config.serviceHealthUrls, { timeoutMs: 1000, version: this.version });
  }

  private recentCheck(): Promise<FleetHealth> {
    const now = Date.now();
    if (!this.recent || now - this.recent.at > PUBLIC_CHECK_REUSE_MS) this.recent = { at: now, report: this.check() };
    return this.recent.report;
  }
}
