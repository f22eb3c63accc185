import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { runService } from '@platter/service-kit';
import { PlatterLogger } from '@platter/observability';
import { configureHttp } from './http/configure-http';
import { GatewayConfig, preferGatewayPort } from './gateway.config';
import { gatewayModule } from './gateway.module';
import { OpsPort } from './health/ops-port';

preferGatewayPort();
let ops: OpsPort | undefined;

void runService({
  service: 'gateway',
  config: GatewayConfig,
  module: gatewayModule,
  configureHttp: async (app, config) => {
    await configureHttp(app, config);
    ops = new OpsPort(config.opsPort);
    ops.install(app);
  },
}).then(async (app) => {
  // `main.js migrate` has no HTTP side.
  if (!ops) return;
  const port = app.get(GatewayConfig).opsPort;
  try {
    await ops.listen(app as NestFastifyApplication);
  } catch (err) {
    process.stderr.write(`gateway: cannot listen on the ops port ${port} (OPS_PORT): ${(err as Error).message}\n`);
    process.exit(1);
  }
  app.get(PlatterLogger).log(`ops port ${port}: /metrics, /health, /health/ready (not for the public)`, 'OpsPort');
});
