import { runService } from '@platter/service-kit';
import { MarketingConfig } from './marketing.config';
import { marketingModule } from './marketing.module';

void runService({ service: 'marketing', config: MarketingConfig, module: marketingModule });
