import { PortOverride, ThrowawaySchema, createFeatureTestingModule } from '@platter/testing';
import { CustomersModule } from '../customers/customers.module';
import { MarketingConfig } from '../marketing.config';
import { ProductsModule } from '../products/products.module';

/** Marketing's feature modules, as marketingModule() imports them (without the platform). */
export const MARKETING_FEATURES = [CustomersModule, ProductsModule];

/**
 * Marketing's use cases for medium tests, built by Nest from its own feature modules (so a
 * constructor change is made once, in the module) over `db`, a throwaway schema, with `overrides`
 * replacing ports. `get` reaches any provider or adapter; `close` leaves the schema to the test.
 */
export async function marketingServices(db: ThrowawaySchema, config: MarketingConfig = new MarketingConfig(), overrides: PortOverride[] = []) {
  return createFeatureTestingModule({ service: 'marketing', database: db, imports: MARKETING_FEATURES, config, overrides });
}
