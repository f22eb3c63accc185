import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';
import { OrderStatus } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { RestaurantReplica } from '../../replicas/restaurant-replica.entity';
import { Order } from '../order.entity';

/** Which orders a staff listing matches; every bound is on created_at. */
export interface StaffOrdersFilter {
  /** null: every restaurant's (admins); [] matches none. */
  restaurantIds: string[] | null;
  statuses?: OrderStatus[];
  customerId?: string;
  createdFrom?: Date;
  /** Exclusive. */
  createdBefore?: Date;
  /** Inclusive. */
  createdUntil?: Date;
}

/** Orders placed in one currency among those a filter matches; revenue counts those not cancelled, less refunds. */
export interface CurrencyStatsRow {
  currency: string;
  orders: number;
  revenue_orders: number;
  /** bigint, as PostgreSQL's driver gives it: text. */
  revenue: string;
}

/** Stands for "no restaurant" in an IN list, which may not be empty. */
const NO_RESTAURANT = '00000000-0000-0000-0000-000000000000';

/** The restaurant dashboard's reads: orders by its filters, a page at a time, with stats over every match. In the caller's transaction. */
@Injectable()
export class StaffOrdersRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Every restaurant an owner owns (an owner's listing covers them all when the token names none). */
  restaurantsOwnedBy(ownerId: string): Promise<RestaurantReplica[]> {
    return this.tx.repository(RestaurantReplica).findBy({ owner_id: ownerId });
  }

  /** Per currency, over every order the filter matches (all pages), by currency code. */
  statsByCurrency(filter: StaffOrdersFilter): Promise<CurrencyStatsRow[]> {
    return this.matching(filter)
      .select('o.currency', 'currency')
      .addSelect('count(*)::int', 'orders')
      .addSelect(`count(*) FILTER (WHERE o.status <> 'cancelled')::int`, 'revenue_orders')
      .addSelect(`COALESCE(sum(o.total_amount - o.amount_refunded) FILTER (WHERE o.status <> 'cancelled'), 0)::bigint`, 'revenue')
      .groupBy('o.currency')
      .orderBy('o.currency')
      .getRawMany();
  }

  /** A page of the matching orders, newest first, with how many match in all. */
  page(filter: StaffOrdersFilter, page: number, limit: number): Promise<[Order[], number]> {
    return this.matching(filter)
      .orderBy('o.created_at', 'DESC')
      .addOrderBy('o.id', 'DESC')
      .skip((page - 1) * limit)
      .take(limit)
      .getManyAndCount();
  }

  private matching(filter: StaffOrdersFilter): SelectQueryBuilder<Order> {
    const qb = this.tx.repository(Order).createQueryBuilder('o');
    if (filter.restaurantIds) qb.andWhere('o.restaurant_id IN (:...restaurantIds)', { restaurantIds: filter.restaurantIds.length ? filter.restaurantIds : [NO_RESTAURANT] });
    if (filter.statuses) qb.andWhere('o.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.customerId) qb.andWhere('o.customer_id = :customerId', { customerId: filter.customerId });
    if (filter.createdFrom) qb.andWhere('o.created_at >= :start', { start: filter.createdFrom });
    if (filter.createdBefore) qb.andWhere('o.created_at < :end', { end: filter.createdBefore });
    if (filter.createdUntil) qb.andWhere('o.created_at <= :end', { end: filter.createdUntil });
    return qb;
  }
}
