import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Actor, DriverLocationData, DriverProfileView } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { DeliveryLocation } from '../../../deliveries/delivery-location.entity';
import { DeliveryMover } from '../../../deliveries/delivery-mover';
import { ACTIVE_DELIVERY_STATUSES, driverMove } from '../../../deliveries/delivery-rules';
import { Delivery } from '../../../deliveries/delivery.entity';
import { DispatchConfig } from '../../../dispatch.config';
import { Driver } from '../../driver.entity';
import { toDriverProfileView } from '../../driver.view';
import { lockDriver } from '../../drivers';

/**
 * PUT /driver/location: the latest position is what counts (assignment, ETAs); each delivery the
 * driver holds keeps it in its trail; the first position after pickup puts the delivery in transit;
 * the customers of those deliveries see it live (driver.location-updated, at most one per driver per
 * LOCATION_EVENT_MIN_INTERVAL_MS).
 */
@Injectable()
export class UpdateLocationService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly events: EventPublisher,
    private readonly mover: DeliveryMover,
    private readonly config: DispatchConfig,
  ) {}

  async update(actor: Actor, at: DriverLocationData): Promise<DriverProfileView> {
    return this.tx.run(async (manager) => {
      const driver = await lockDriver(this.tx, actor.user_id);
      const now = new Date();
      const position = { last_lat: at.lat, last_lng: at.lng, last_heading: at.heading ?? null, last_speed: at.speed ?? null, last_located_at: now };
      await this.tx.repository(Driver).update({ id: driver.id }, position);
      Object.assign(driver, position);

      const held = await this.tx.repository(Delivery).find({
        where: { driver_id: driver.id, status: In([...ACTIVE_DELIVERY_STATUSES]) },
        order: { assigned_at: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      for (const delivery of held) {
        await this.tx.repository(DeliveryLocation).insert({
          delivery_id: delivery.id, driver_id: driver.id, lat: at.lat, lng: at.lng, heading: at.heading ?? null, speed: at.speed ?? null, recorded_at: now,
        });
        const steps = driverMove(delivery.status, 'locate');
        if (steps?.length) await this.mover.move(delivery, steps, driver);
      }

      if (held.length) {
        // The driver row is locked, so this check and stamp are one step per driver.
        const due: unknown[] = await manager.query(
          `WITH stamped AS (
             UPDATE drivers SET location_published_at = now()
             WHERE id = $1 AND (location_published_at IS NULL OR location_published_at <= now() - make_interval(secs => $2::double precision / 1000))
             RETURNING id
           )
           SELECT id FROM stamped`,
          [driver.id, this.config.LOCATION_EVENT_MIN_INTERVAL_MS],
        );
        if (due.length) {
          for (const delivery of held) {
            await this.events.publish('driver.location-updated', {
              driver_id: driver.id,
              delivery_id: delivery.id,
              order_id: delivery.order_id,
              customer_id: delivery.customer_id,
              lat: at.lat,
              lng: at.lng,
              ...(at.heading !== undefined ? { heading: at.heading } : {}),
              ...(at.speed !== undefined ? { speed: at.speed } : {}),
              recorded_at: now.toISOString(),
            });
          }
        }
      }
      return toDriverProfileView(driver, held.length);
    });
  }
}
