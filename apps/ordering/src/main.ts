import { runService } from '@platter/service-kit';
import { OrderingConfig } from './ordering.config';
import { orderingModule } from './ordering.module';

void runService({ service: 'ordering', config: OrderingConfig, module: orderingModule });
