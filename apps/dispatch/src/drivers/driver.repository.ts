import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AdminDriversQuery, PageQuery } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
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

  /** The driver's row, locked FOR UPDATE until the caller's transaction ends. */
  lock(id: string): Promise<Driver | null> {
    return this.tx.repository(Driver).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
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
}
