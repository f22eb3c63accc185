import { PortOverride, ThrowawaySchema, createFeatureTestingModule } from '@platter/testing';
import { CouponsModule } from '../coupons/coupons.module';
import { LoyaltyModule } from '../loyalty/loyalty.module';
import { orderingMigrations } from '../migrations';
import { OrderingConfig } from '../ordering.config';
import { orderingEntities } from '../ordering.entities';
import { OrdersModule } from '../orders/orders.module';
import { SagaModule } from '../orders/saga/saga.module';
import { ReplicasModule } from '../replicas/replicas.module';
import { ReviewsModule } from '../reviews/reviews.module';

/** Ordering's feature modules, as orderingModule() imports them (without the platform). */
export const ORDERING_FEATURES = [ReplicasModule, OrdersModule, SagaModule, CouponsModule, LoyaltyModule, ReviewsModule];

/** Ordering's tables, for a throwaway schema of one's own (several modules over the same schema). */
export const ORDERING_DATABASE = { entities: orderingEntities, migrations: orderingMigrations };

/**
 * Ordering built by Nest from its own feature modules (so a constructor change is made once, in the
 * module) over `db` (a throwaway schema the test drops, or ordering's tables in a fresh schema that
 * close() drops), with `overrides` replacing ports (KitchenTickets, RpcClient, clocks...). Use
 * `bed.get(X)` for any use case, repository or RPC adapter, `bed.rpc` to answer other services.
 */
export function orderingServices(config: OrderingConfig = new OrderingConfig(), overrides: PortOverride[] = [], db: ThrowawaySchema | typeof ORDERING_DATABASE = ORDERING_DATABASE) {
  return createFeatureTestingModule({ service: 'ordering', database: db, imports: ORDERING_FEATURES, config, overrides });
}
