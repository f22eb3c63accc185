import { Injectable } from '@nestjs/common';
import { FindOptionsWhere, In, IsNull, Not } from 'typeorm';
import { AdminDeliveriesData, DELIVERY_LIFECYCLE, DeliveryStatus, PageQuery } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { ACTIVE_DELIVERY_STATUSES } from './domain/delivery-rules';
import { Delivery } from './delivery.entity';

/** Deliveries not yet over. */
const OPEN: DeliveryStatus[] = DELIVERY_LIFECYCLE.filter((s) => s !== 'delivered' && s !== 'cancelled');
const OVER: DeliveryStatus[] = ['delivered', 'cancelled'];

/** Deliveries' SQL: each call runs in the caller's transaction when there is one. */
@Injectable()
export class DeliveryRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** The delivery of an order, locked FOR UPDATE until the caller's transaction ends. */
  lockByOrder(orderId: string): Promise<Delivery | null> {
    return this.tx.repository(Delivery).findOne({ where: { order_id: orderId }, lock: { mode: 'pessimistic_write' } });
  }

  lockById(id: string): Promise<Delivery | null> {
    return this.tx.repository(Delivery).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The delivery locked FOR UPDATE, or null when another transaction holds it (or it is gone): the caller tries again later. */
  lockIfFree(id: string): Promise<Delivery | null> {
    return this.tx.repository(Delivery).findOne({ where: { id }, lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' } });
  }

  async update(id: string, patch: Partial<Delivery>): Promise<void> {
    await this.tx.repository(Delivery).update({ id }, patch);
  }

  /** One more wrong delivery code given for this delivery. */
  async countWrongCode(id: string): Promise<void> {
    await this.tx.repository(Delivery).increment({ id }, 'wrong_code_attempts', 1);
  }

  /** Who owned the restaurant when one of its deliveries was opened (before dispatch has a copy of the restaurant). */
  async ownerOfRestaurant(restaurantId: string): Promise<string | null> {
    const row = await this.tx.repository(Delivery).findOne({ where: { restaurant_id: restaurantId }, select: { id: true, restaurant_owner_id: true } });
    return row?.restaurant_owner_id ?? null;
  }

  /** Every delivery a driver holds (assigned, picked up, in transit). */
  allHeldBy(driverId: string): Promise<Delivery[]> {
    return this.tx.repository(Delivery).find({ where: { driver_id: driverId, status: In([...ACTIVE_DELIVERY_STATUSES]) } });
  }

  countHeldBy(driverId: string): Promise<number> {
    return this.tx.repository(Delivery).countBy({ driver_id: driverId, status: In([...ACTIVE_DELIVERY_STATUSES]) });
  }

  /** A driver's deliveries assigned but not yet picked up. */
  assignedTo(driverId: string): Promise<Delivery[]> {
    return this.tx.repository(Delivery).findBy({ driver_id: driverId, status: 'assigned' });
  }

  byOrder(orderId: string): Promise<Delivery | null> {
    return this.tx.repository(Delivery).findOneBy({ order_id: orderId });
  }

  byIds(ids: string[]): Promise<Delivery[]> {
    return ids.length ? this.tx.repository(Delivery).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  /** The newest deliveries (of one order when given), at most `take`. */
  newest(orderId: string | undefined, take: number): Promise<Delivery[]> {
    return this.tx.repository(Delivery).find({ where: orderId ? { order_id: orderId } : {}, order: { created_at: 'DESC' }, take });
  }

  /** Ready deliveries nobody holds, none of them under an open offer, oldest first. */
  pool(take: number): Promise<Delivery[]> {
    return this.tx
      .repository(Delivery)
      .createQueryBuilder('d')
      .where(`d.status = 'available' AND d.driver_id IS NULL`)
      .andWhere(`NOT EXISTS (SELECT 1 FROM delivery_offers o WHERE o.delivery_id = d.id AND o.status = 'open')`)
      .orderBy('d.available_at', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .take(take)
      .getMany();
  }

  /** What a driver holds (assigned, picked up, in transit), first assigned first. */
  heldBy(driverId: string): Promise<Delivery[]> {
    return this.tx.repository(Delivery).find({
      where: { driver_id: driverId, status: In([...ACTIVE_DELIVERY_STATUSES]) },
      order: { assigned_at: 'ASC', id: 'ASC' },
    });
  }

  /** A page of what a driver finished (or lost to a cancellation), newest first. */
  finishedBy(driverId: string, page: PageQuery): Promise<[Delivery[], number]> {
    return this.tx.repository(Delivery).findAndCount({
      where: { driver_id: driverId, status: In(OVER) },
      order: { updated_at: 'DESC', id: 'ASC' },
      ...window(page),
    });
  }

  /** A page of a restaurant's deliveries not yet over, newest first. */
  openOf(restaurantId: string, page: PageQuery): Promise<[Delivery[], number]> {
    return this.tx.repository(Delivery).findAndCount({
      where: { restaurant_id: restaurantId, status: In(OPEN) },
      order: { created_at: 'DESC', id: 'ASC' },
      ...window(page),
    });
  }

  /** A page of every delivery matching an admin's filters, newest first. */
  matching(filter: Omit<AdminDeliveriesData, 'page' | 'limit'>, page: PageQuery): Promise<[Delivery[], number]> {
    const where: FindOptionsWhere<Delivery> = {};
    if (filter.status) where.status = filter.status;
    else if (filter.active === true) where.status = In(OPEN);
    else if (filter.active === false) where.status = In(OVER);
    if (filter.restaurant_id) where.restaurant_id = filter.restaurant_id;
    if (filter.driver_id) where.driver_id = filter.driver_id;
    if (filter.order_id) where.order_id = filter.order_id;
    if (filter.flagged !== undefined) where.flagged_at = filter.flagged ? Not(IsNull()) : IsNull();
    return this.tx.repository(Delivery).findAndCount({ where, order: { created_at: 'DESC', id: 'ASC' }, ...window(page) });
  }

  /** How many deliveries each of these drivers holds. */
  async heldCounts(driverIds: string[]): Promise<Map<string, number>> {
    if (!driverIds.length) return new Map();
    const rows: Array<{ driver_id: string; n: number }> = await this.tx
      .repository(Delivery)
      .createQueryBuilder('x')
      .select('x.driver_id', 'driver_id')
      .addSelect('count(*)::int', 'n')
      .where({ driver_id: In(driverIds), status: In([...ACTIVE_DELIVERY_STATUSES]) })
      .groupBy('x.driver_id')
      .getRawMany();
    return new Map(rows.map((r) => [r.driver_id, r.n]));
  }
}

function window(page: PageQuery): { skip: number; take: number } {
  return { skip: (page.page - 1) * page.limit, take: page.limit };
}
