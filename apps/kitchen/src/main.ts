import { runService } from '@platter/service-kit';
import { KitchenConfig } from './kitchen.config';
import { kitchenModule } from './kitchen.module';

void runService({ service: 'kitchen', config: KitchenConfig, module: kitchenModule });
