import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AdminDriversQuery, PageQuery } from '@platter/contracts';
import { TransactionHost, updateIfNewer } from '@platter/persistence';
import { DriverPosition } from '../locations/domain/driver-position';
import { ACTIVE_DELIVERY_STATUSES } from '../deliveries/domain/delivery-rules';
import { DeliveryLocation } from '../deliveries/delivery-location.entity';
import { DriverAuditEntry } from './driver-audit-entry.entity';
import { Driver } from './driver.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An online, approved driver with a position, and how many deliveries they hold. */
export interface LocatedDriverRow {
  id: string;
  name: string | null;
  vehicle_type: string | null;
  last_lat: number;
  last_lng: number;
  last_located_at: Date;
  load: string;
}

/** An online, approved driver holding no open offer, with the pickups of the deliveries they hold. */
export interface OfferCandidateRow {
  id: string;
  vehicle_type: string | null;
  last_lat: number | null;
  last_lng: number | null;
  last_located_at: Date | null;
  held: Array<{ restaurant_id: string; lat: number | null; lng: number | null }>;
}

/** The name and phone identity's user.profile-updated gives (no phone: the account has none, keep ours). */
export interface AccountProfile {
  name: string;
  phone: string | null;
}

/** The account status identity's user.status-changed gives. */
export type AccountStatus = 'active' | 'suspended' | 'banned';

/** An account event heard before the user's registration, with when identity made it. */
export type EarlyAccountNews =
  | { kind: 'profile'; profile: AccountProfile; changedAt: Date }
  | { kind: 'status'; status: AccountStatus; changedAt: Date };

/** A driver's newest position, as the location pipeline writes it (the report without its accuracy). */
export type LatestPosition = Omit<DriverPosition, 'accuracy'>;

/** Drivers' SQL: each call runs in the caller's transaction when there is one. */
@Injectable()
export class DriverRepository {
  constructor(private readonly tx: TransactionHost) {}

  byId(id: string): Promise<Driver | null> {
    return this.tx.repository(Driver).findOneBy({ id });
  }

  byIds(ids: string[]): Promise<Driver[]> {
    return ids.length ? this.tx.repository(Driver).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  byIdOrFail(id: string): Promise<Driver> {
    return this.tx.repository(Driver).findOneByOrFail({ id });
  }

  /**
   * Holds the account's lock until the transaction ends (taken before the driver's row), so an
   * erasure and a registration handled at once cannot both miss each other.
   */
  async lockAccount(id: string): Promise<void> {
    await this.tx.manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('dispatch.account:' || $1, 0))`, [id]);
  }

  /** Remembers an account erased before dispatch had a profile for it. */
  async rememberErased(id: string): Promise<void> {
    await this.tx.manager.query(`INSERT INTO erased_accounts (user_id) VALUES ($1) ON CONFLICT DO NOTHING`, [id]);
  }

  /** Whether the account was erased before dispatch had a profile for it. */
  async wasErased(id: string): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query(`SELECT 1 FROM erased_accounts WHERE user_id = $1`, [id]);
    return rows.length > 0;
  }

  /**
   * Keeps an account event of a user with no profile yet, the newest of its kind only (by when
   * identity made it), for the registration to apply.
   */
  async keepEarlyAccountNews(userId: string, news: EarlyAccountNews): Promise<void> {
    // Raw, as the other early-news tables: an upsert that keeps the newer row.
    await this.tx.manager.query(
      `INSERT INTO early_account_news (user_id, kind, news, changed_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, kind) DO UPDATE SET news = EXCLUDED.news, changed_at = EXCLUDED.changed_at, seen_at = now()
       WHERE early_account_news.changed_at < EXCLUDED.changed_at`,
      [userId, news.kind, JSON.stringify(news.kind === 'profile' ? news.profile : { status: news.status }), news.changedAt],
    );
  }

  /** The account events kept for the user, removed (the registration applies them, or they are discarded). */
  async takeEarlyAccountNews(userId: string): Promise<EarlyAccountNews[]> {
    // TypeORM answers a DELETE's query() as [rows, rowCount].
    const [rows]: [Array<{ kind: 'profile' | 'status'; news: Record<string, unknown>; changed_at: Date }>, number] = await this.tx.manager.query(
      `DELETE FROM early_account_news WHERE user_id = $1 RETURNING kind, news, changed_at`,
      [userId],
    );
    return rows.map((r) =>
      r.kind === 'profile'
        ? { kind: 'profile', profile: r.news as unknown as AccountProfile, changedAt: new Date(r.changed_at) }
        : { kind: 'status', status: r.news.status as AccountStatus, changedAt: new Date(r.changed_at) },
    );
  }

  /**
   * The account's name and phone (the phone only when it has one) as identity set them at
   * `changedAt`, unless a newer change is applied already. False when nothing moved.
   */
  updateContactIfNewer(id: string, profile: AccountProfile, changedAt: Date): Promise<boolean> {
    const contact = { name: profile.name, ...(profile.phone ? { phone: profile.phone } : {}), profile_changed_at: changedAt };
    return updateIfNewer(this.tx.manager, Driver, { id }, contact, { clock: 'profile_changed_at' });
  }

  /**
   * Records `changedAt` as the time of the account status the driver follows, unless a newer one
   * is recorded: true when the caller should apply that status (applying it again is a no-op).
   */
  claimAccountStatus(id: string, changedAt: Date): Promise<boolean> {
    return updateIfNewer(this.tx.manager, Driver, { id }, { account_status_at: changedAt }, { clock: 'account_status_at' });
  }

  /** Opens a pending profile for a driver dispatch has not heard of yet; an existing one is left alone. */
  async openIfAbsent(id: string): Promise<void> {
    await this.tx.manager.createQueryBuilder().insert().into(Driver).values({ id, status: 'pending' }).orIgnore().updateEntity(false).execute();
  }

  /**
   * Opens a pending profile for a user who registered as a driver; a profile opened on demand
   * before keeps its name and phone if it has them, else learns them. Raw: the builder's upsert
   * sets a column to the new value or leaves it, it cannot keep the old one only when present.
   */
  async openForRegisteredUser(user: { id: string; name: string | null; phone: string | null }): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO drivers (id, status, name, phone) VALUES ($1, 'pending', $2, $3)
       ON CONFLICT (id) DO UPDATE SET name = COALESCE(drivers.name, EXCLUDED.name), phone = COALESCE(drivers.phone, EXCLUDED.phone)
       WHERE drivers.erased_at IS NULL`,
      [user.id, user.name, user.phone],
    );
  }

  exists(id: string): Promise<boolean> {
    return this.tx.repository(Driver).exists({ where: { id } });
  }

  async update(id: string, patch: Partial<Driver>): Promise<void> {
    await this.tx.repository(Driver).update({ id }, patch);
  }

  /** One line of the driver's status history. */
  async addAuditEntry(entry: DriverAuditEntry): Promise<void> {
    await this.tx.repository(DriverAuditEntry).insert(entry);
  }

  /** The trail of positions the driver left on their deliveries (erasure). */
  async eraseTrail(driverId: string): Promise<void> {
    await this.tx.repository(DeliveryLocation).delete({ driver_id: driverId });
  }

  /**
   * The driver's row, locked until the caller's transaction ends. FOR NO KEY UPDATE (docs/dispatch.md,
   * lock order): it serialises our moves of the driver, yet an offer or trail row inserted for this
   * driver by a transaction holding a delivery (its foreign key check) does not wait for it.
   */
  lock(id: string): Promise<Driver | null> {
    return this.tx.repository(Driver).findOne({ where: { id }, lock: { mode: 'for_no_key_update' } });
  }

  /** Who moved the driver's status, oldest first. */
  auditTrail(driverId: string): Promise<DriverAuditEntry[]> {
    return this.tx.repository(DriverAuditEntry).find({ where: { driver_id: driverId }, order: { at: 'ASC', id: 'ASC' } });
  }

  /**
   * A page of drivers, oldest first (the review queue), by status, online, and a search on name,
   * phone, plate or licence number (or the id itself).
   */
  matching(query: Omit<AdminDriversQuery, 'page' | 'limit'>, page: PageQuery): Promise<[Driver[], number]> {
    const qb = this.tx.repository(Driver).createQueryBuilder('d');
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    if (query.online !== undefined) qb.andWhere('d.online = :online', { online: query.online });
    const q = query.q?.trim();
    if (q) {
      const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const fields = ['d.name', 'd.phone', 'd.vehicle_plate', 'd.license_number'].map((f) => `${f} ILIKE :like`);
      if (UUID.test(q)) fields.push('d.id = :id');
      qb.andWhere(`(${fields.join(' OR ')})`, { like, id: q });
    }
    return qb
      .orderBy('d.created_at', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .skip((page.page - 1) * page.limit)
      .take(page.limit)
      .getManyAndCount();
  }

  /**
   * Online, approved drivers with a position whose latitude is within [fromLat, toLat] (the caller
   * then keeps those within its radius), with the deliveries each holds. A correlated count the
   * query builder does not express, so it stays SQL.
   */
  locatedBetween(fromLat: number, toLat: number): Promise<LocatedDriverRow[]> {
    return this.tx.manager.query(
      `SELECT d.id, d.name, d.vehicle_type, d.last_lat, d.last_lng, d.last_located_at,
              (SELECT count(*) FROM deliveries x WHERE x.driver_id = d.id AND x.status = ANY($1)) AS load
       FROM drivers d
       WHERE d.online AND d.status = 'approved' AND d.last_lat IS NOT NULL AND d.last_lng IS NOT NULL AND d.last_located_at IS NOT NULL
         AND d.last_lat BETWEEN $2 AND $3`,
      [ACTIVE_DELIVERY_STATUSES, fromLat, toLat],
    );
  }

  /**
   * Online, approved drivers with the pickups of what they hold, except those holding an open
   * offer. Raw and as written: the offer engine's read for every offer (json_agg … FILTER has no
   * builder spelling).
   */
  offerCandidates(): Promise<OfferCandidateRow[]> {
    return this.tx.manager.query(
      `SELECT d.id, d.vehicle_type, d.last_lat, d.last_lng, d.last_located_at,
              COALESCE(json_agg(json_build_object('restaurant_id', x.restaurant_id, 'lat', x.pickup_lat, 'lng', x.pickup_lng)) FILTER (WHERE x.id IS NOT NULL), '[]'::json) AS held
       FROM drivers d
       LEFT JOIN deliveries x ON x.driver_id = d.id AND x.status IN ('assigned', 'picked_up', 'in_transit')
       WHERE d.online AND d.status = 'approved'
         AND NOT EXISTS (SELECT 1 FROM delivery_offers o WHERE o.driver_id = d.id AND o.status = 'open')
       GROUP BY d.id`,
    );
  }

  /**
   * The latest position of each driver in one statement, never over a newer one, the rows locked
   * in id order (give `positions` sorted by driver id) so two replicas' batches cannot deadlock.
   * Raw and as written: UPDATE … FROM unnest(), the location pipeline's hot path (docs/benchmarks.md).
   */
  async recordLatestPositions(positions: LatestPosition[]): Promise<void> {
    await this.tx.manager.query(
      `WITH v AS (
         SELECT * FROM unnest($1::uuid[], $2::float8[], $3::float8[], $4::float8[], $5::float8[], $6::timestamptz[])
           AS v(id, lat, lng, heading, speed, at)
       ), locked AS (
         SELECT d.id FROM drivers d WHERE d.id IN (SELECT id FROM v) ORDER BY d.id FOR NO KEY UPDATE
       )
       UPDATE drivers d SET last_lat = v.lat, last_lng = v.lng, last_heading = v.heading, last_speed = v.speed, last_located_at = v.at
         FROM v WHERE d.id = v.id AND d.id IN (SELECT id FROM locked)
          AND (d.last_located_at IS NULL OR d.last_located_at <= v.at)`,
      [
        positions.map((p) => p.driverId),
        positions.map((p) => p.lat),
        positions.map((p) => p.lng),
        positions.map((p) => p.heading),
        positions.map((p) => p.speed),
        positions.map((p) => p.recordedAt.toISOString()),
      ],
    );
  }
}
