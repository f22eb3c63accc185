import { Injectable } from '@nestjs/common';
import { FindOptionsWhere, In, IsNull, Not } from 'typeorm';
import { AdminDeliveriesData, DELIVERY_LIFECYCLE, DeliveryStatus, OrderStatus, OrderStatusChanged, PageQuery } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { ACTIVE_DELIVERY_STATUSES } from './domain/delivery-rules';
import { Delivery } from './delivery.entity';

/** Deliveries not yet over. */
const OPEN: DeliveryStatus[] = DELIVERY_LIFECYCLE.filter((s) => s !== 'delivered' && s !== 'cancelled');
const OVER: DeliveryStatus[] = ['delivered', 'cancelled'];
/** Deliveries whose pickup is still ahead (a restaurant's move changes where they go). */
const NOT_PICKED_UP: DeliveryStatus[] = ['awaiting_pickup_ready', 'available', 'assigned'];

/** A delivery a driver holds, as the location pipeline reads it. */
export interface HeldDeliveryRow {
  id: string;
  order_id: string;
  customer_id: string | null;
  status: DeliveryStatus;
  driver_id: string;
}

/** A delivery as order.created opens it; the pickup position comes from restaurant_sites when known. */
export interface NewDeliveryRow {
  id: string;
  order_id: string;
  order_number: string | null;
  restaurant_id: string;
  customer_id: string | null;
  delivery_code: string | null;
  delivery_fee: number | null;
  address: string | null;
  dest_lat: number | null;
  dest_lng: number | null;
  restaurant_owner_id: string | null;
}

/** Deliveries' SQL: each call runs in the caller's transaction when there is one. */
@Injectable()
export class DeliveryRepository {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * Holds the order's lock until the transaction ends, so opening its delivery and applying its news
   * go one after the other: otherwise news checked for a delivery a concurrent open has not committed,
   * and that open checking for news not committed yet, would both miss. Taken before any row lock.
   */
  async lockOrder(orderId: string): Promise<void> {
    await this.tx.manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('dispatch.delivery:' || $1, 0))`, [orderId]);
  }

  /** Keeps news of an order that has no delivery yet, once per status (a status change, or 'cancelled'). */
  async keepEarlyNews(orderId: string, status: OrderStatus, change: OrderStatusChanged | null): Promise<void> {
    await this.tx.manager.query(`INSERT INTO early_order_news (order_id, status, change) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [orderId, status, JSON.stringify(change)]);
  }

  /** The news kept for the order before its delivery existed, removed now that the delivery takes it. */
  async takeEarlyNews(orderId: string): Promise<Array<{ status: OrderStatus; change: OrderStatusChanged | null }>> {
    // TypeORM answers a DELETE's query() as [rows, rowCount].
    const [rows]: [Array<{ status: OrderStatus; change: OrderStatusChanged | null }>, number] = await this.tx.manager.query(
      `DELETE FROM early_order_news WHERE order_id = $1 RETURNING status, change`,
      [orderId],
    );
    return rows;
  }

  /**
   * The delivery of an order, locked until the caller's transaction ends. Every delivery lock is FOR
   * NO KEY UPDATE, taken after the driver's row and before any offer row (docs/dispatch.md, lock
   * order): offers and trail rows inserted for it elsewhere (their foreign key checks) never wait on it.
   */
  lockByOrder(orderId: string): Promise<Delivery | null> {
    return this.tx.repository(Delivery).findOne({ where: { order_id: orderId }, lock: { mode: 'for_no_key_update' } });
  }

  lockById(id: string): Promise<Delivery | null> {
    return this.tx.repository(Delivery).findOne({ where: { id }, lock: { mode: 'for_no_key_update' } });
  }

  /** The delivery locked, or null when another transaction holds it (or it is gone): the caller tries again later. */
  lockIfFree(id: string): Promise<Delivery | null> {
    return this.tx.repository(Delivery).findOne({ where: { id }, lock: { mode: 'for_no_key_update', onLocked: 'skip_locked' } });
  }

  byIdOrFail(id: string): Promise<Delivery> {
    return this.tx.repository(Delivery).findOneByOrFail({ id });
  }

  byOrderOrFail(orderId: string): Promise<Delivery> {
    return this.tx.repository(Delivery).findOneByOrFail({ order_id: orderId });
  }

  /**
   * Opens the order's delivery once (a redelivered order.created changes nothing), picked up where
   * restaurant_sites says when it knows. Raw: an INSERT … SELECT with ON CONFLICT, which the
   * builder does not express.
   */
  async openOnce(row: NewDeliveryRow): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO deliveries (id, order_id, order_number, restaurant_id, customer_id, status, delivery_code, delivery_fee, address, dest_lat, dest_lng,
                               restaurant_owner_id, pickup_lat, pickup_lng)
       SELECT $1, $2, $3, $4, $5, 'awaiting_pickup_ready', $6, $7, $8, $9, $10, $11, s.lat, s.lng
       FROM (SELECT 1) one LEFT JOIN restaurant_sites s ON s.restaurant_id = $4
       ON CONFLICT (order_id) DO NOTHING`,
      [
        row.id, row.order_id, row.order_number, row.restaurant_id, row.customer_id,
        row.delivery_code, row.delivery_fee, row.address, row.dest_lat, row.dest_lng,
        row.restaurant_owner_id,
      ],
    );
  }

  /**
   * The sweeper's first half: deliveries with an open offer past its time, locked, those another
   * transaction holds skipped. Raw and as written: this lock statement (FOR NO KEY UPDATE SKIP LOCKED, in id
   * order) is what lets replicas sweep side by side without acting twice on one delivery.
   */
  async lockWithExpiredOffer(limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.tx.manager.query(
      `SELECT d.id FROM deliveries d
       WHERE d.id IN (SELECT o.delivery_id FROM delivery_offers o WHERE o.status = 'open' AND o.expires_at <= now())
       ORDER BY d.id LIMIT $1 FOR NO KEY UPDATE SKIP LOCKED`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  /**
   * The sweeper's second half: deliveries that look for a driver (ready, or ready within
   * `horizonMinutes`), due (or all of them with `force`), holding no open offer; locked, those
   * another transaction holds skipped. Raw and as written, for the same reason as above.
   */
  async lockSeekingWithoutOffer(limit: number, force: boolean, horizonMinutes: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.tx.manager.query(
      `SELECT d.id FROM deliveries d
       WHERE d.driver_id IS NULL
         AND (d.status = 'available'
              OR (d.status = 'awaiting_pickup_ready' AND d.expected_ready_at IS NOT NULL AND d.expected_ready_at <= now() + make_interval(mins => $3)))
         AND ($2 OR d.next_offer_at IS NULL OR d.next_offer_at <= now())
         AND NOT EXISTS (SELECT 1 FROM delivery_offers o WHERE o.delivery_id = d.id AND o.status = 'open')
       ORDER BY d.next_offer_at NULLS FIRST, d.created_at
       LIMIT $1 FOR NO KEY UPDATE OF d SKIP LOCKED`,
      [limit, force, horizonMinutes],
    );
    return rows.map((r) => r.id);
  }

  /**
   * The deliveries these drivers hold, first assigned first. Raw and as written: the location
   * pipeline's read of every batch of positions (docs/benchmarks.md, live tracking).
   */
  heldByDrivers(driverIds: string[]): Promise<HeldDeliveryRow[]> {
    return this.tx.manager.query(
      `SELECT id, order_id, customer_id, status, driver_id FROM deliveries
        WHERE driver_id = ANY($1::uuid[]) AND status = ANY($2::text[])
        ORDER BY assigned_at NULLS LAST, id`,
      [driverIds, [...ACTIVE_DELIVERY_STATUSES]],
    );
  }

  /**
   * Deliveries of the restaurant not yet picked up go to where it now is. updated_at marks a
   * delivery's own changes, and the restaurant moving is not one: it is left as it was.
   */
  async movePickupOfRestaurant(restaurantId: string, at: { lat: number; lng: number }): Promise<void> {
    await this.tx.manager
      .createQueryBuilder()
      .update(Delivery)
      .set({ pickup_lat: at.lat, pickup_lng: at.lng, updated_at: () => 'updated_at' })
      .where('restaurant_id = :restaurantId', { restaurantId })
      .andWhere('status IN (:...statuses)', { statuses: NOT_PICKED_UP })
      .updateEntity(false)
      .execute();
  }

  /** The restaurant's owner on its deliveries that lack one (updated_at left as it was, as above). */
  async fillRestaurantOwner(restaurantId: string, ownerId: string): Promise<void> {
    await this.tx.manager
      .createQueryBuilder()
      .update(Delivery)
      .set({ restaurant_owner_id: ownerId, updated_at: () => 'updated_at' })
      .where('restaurant_id = :restaurantId', { restaurantId })
      .andWhere('restaurant_owner_id IS NULL')
      .updateEntity(false)
      .execute();
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
