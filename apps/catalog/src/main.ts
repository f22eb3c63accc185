import { runService } from '@platter/service-kit';
import { CatalogConfig } from './catalog.config';
import { catalogModule } from './catalog.module';

void runService({ service: 'catalog', config: CatalogConfig, module: catalogModule });
