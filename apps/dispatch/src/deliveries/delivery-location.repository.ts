import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { LatestPosition } from '../drivers/driver.repository';

/** One point of a delivery's trail, as the location pipeline appends it: the driver's position, for that delivery. */
export type TrailPoint = LatestPosition & { deliveryId: string };

/** The trails of deliveries (delivery_locations): each call runs in the caller's transaction when there is one. */
@Injectable()
export class DeliveryLocationRepository {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * Appends the points in one statement. Raw and as written: INSERT … SELECT FROM unnest(), the
   * location pipeline's hot path (docs/benchmarks.md, live tracking).
   */
  async append(points: TrailPoint[]): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO delivery_locations (delivery_id, driver_id, lat, lng, heading, speed, recorded_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::float8[], $4::float8[], $5::float8[], $6::float8[], $7::timestamptz[])`,
      [
        points.map((p) => p.deliveryId),
        points.map((p) => p.driverId),
        points.map((p) => p.lat),
        points.map((p) => p.lng),
        points.map((p) => p.heading),
        points.map((p) => p.speed),
        points.map((p) => p.recordedAt.toISOString()),
      ],
    );
  }
}
