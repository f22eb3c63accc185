import { Injectable } from '@nestjs/common';
import { Actor, DriverLocationData, DriverProfileView, NotFoundError } from '@platter/contracts';
import { ActiveDeliveriesCache } from '../../../locations/active-deliveries.cache';
import { LocationPipeline } from '../../../locations/location-pipeline';
import { DriverRepository } from '../../driver.repository';
import { toDriverProfileView } from '../../driver.view';

/**
 * PUT /driver/location: the same pipeline as the socket's positions (LocationPipeline): coalesced,
 * written with the next batch (this call waits for it, so the answer and the next read show it),
 * kept in the trail of the driver's deliveries, shown live to their customers, and the first after
 * pickup puts the delivery in transit.
 */
@Injectable()
export class UpdateLocationService {
  constructor(
    private readonly drivers: DriverRepository,
    private readonly pipeline: LocationPipeline,
    private readonly active: ActiveDeliveriesCache,
  ) {}

  async update(actor: Actor, at: DriverLocationData): Promise<DriverProfileView> {
    const known = await this.drivers.exists(actor.user_id);
    if (!known) throw new NotFoundError('Driver profile');
    await this.pipeline.ingest(
      { driverId: actor.user_id, lat: at.lat, lng: at.lng, heading: at.heading ?? null, speed: at.speed ?? null, accuracy: null, recordedAt: new Date() },
      { waitForFlush: true },
    );
    const driver = await this.drivers.byIdOrFail(actor.user_id);
    const held = (await this.active.resolve([driver.id])).get(driver.id) ?? [];
    return toDriverProfileView(driver, held.length);
  }
}
