import { runService } from '@platter/service-kit';
import { configureHttp } from './http/configure-http';
import { GatewayConfig, preferGatewayPort } from './gateway.config';
import { gatewayModule } from './gateway.module';

preferGatewayPort();
void runService({ service: 'gateway', config: GatewayConfig, module: gatewayModule, configureHttp });
