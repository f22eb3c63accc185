import { runService } from '@platter/service-kit';
import { DispatchConfig } from './dispatch.config';
import { dispatchModule } from './dispatch.module';

void runService({ service: 'dispatch', config: DispatchConfig, module: dispatchModule });
