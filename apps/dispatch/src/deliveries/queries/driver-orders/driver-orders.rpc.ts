import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AvailableDeliveryView, DriverDeliveryView, NotFoundError, Page, RPC, RpcRequest } from '@platter/contracts';
import { PageRequest, pageOf, requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { DeliveryOfferRepository } from '../../../assignment/delivery-offer.repository';
import { DispatchConfig } from '../../../dispatch.config';
import { Driver } from '../../../drivers/driver.entity';
import { DriverRepository } from '../../../drivers/driver.repository';
import { canWork } from '../../../drivers/drivers';
import { DeliveryException } from '../../delivery.exception';
import { DeliveryRepository } from '../../delivery.repository';
import { toAvailableDeliveryView, toDriverDeliveryView } from '../../delivery.view';

/** How many pool deliveries a driver is shown at once (nearest first), out of how many oldest ones. */
const AVAILABLE_LIMIT = 50;
const POOL_SCAN_LIMIT = 500;

/** GET /driver/orders/available | current | history. */
@Controller()
export class DriverOrdersRpc {
  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly drivers: DriverRepository,
    private readonly offers: DeliveryOfferRepository,
    private readonly config: DispatchConfig,
  ) {}

  /**
   * The driver's open offers (soonest to expire first), then the pool: ready deliveries nobody holds
   * an offer for whose pickup is within AVAILABLE_RADIUS_KM of the driver's last position (all of
   * them, nearest first, when the driver's or the restaurant's position is unknown). Online drivers only.
   */
  @RpcEndpoint(RPC.dispatch.availableOrders)
  async available(@Payload() req: RpcRequest<unknown>): Promise<AvailableDeliveryView[]> {
    const driver = await this.driverOf(req);
    if (!canWork(driver)) throw new DeliveryException('DRIVER_OFFLINE', 'Go online to see available orders');
    const now = new Date();
    const speed = this.config.DRIVER_AVERAGE_SPEED_KMH;
    const offers = await this.offers.openFor(driver.id, now);
    const offered = await this.deliveries.byIds(offers.map((o) => o.delivery_id));
    const byId = new Map(offered.map((d) => [d.id, d]));
    const views = offers.flatMap((o) => (byId.has(o.delivery_id) ? [toAvailableDeliveryView(byId.get(o.delivery_id)!, driver, speed, o, now)] : []));

    const near = (await this.deliveries.pool(POOL_SCAN_LIMIT))
      .map((d) => toAvailableDeliveryView(d, driver, speed, null, now))
      .filter((v) => v.pickup_distance_km === null || v.pickup_distance_km <= this.config.AVAILABLE_RADIUS_KM)
      .sort((a, b) => (a.pickup_distance_km ?? Number.POSITIVE_INFINITY) - (b.pickup_distance_km ?? Number.POSITIVE_INFINITY))
      .slice(0, AVAILABLE_LIMIT);
    return [...views, ...near];
  }

  /** The deliveries the driver holds (assigned, picked up, in transit). */
  @RpcEndpoint(RPC.dispatch.currentOrders)
  async current(@Payload() req: RpcRequest<unknown>): Promise<DriverDeliveryView[]> {
    const driver = await this.driverOf(req);
    const rows = await this.deliveries.heldBy(driver.id);
    return rows.map((d) => toDriverDeliveryView(d, driver, this.config.DRIVER_AVERAGE_SPEED_KMH));
  }

  /** Deliveries the driver finished (or that were cancelled in their hands), newest first. */
  @RpcEndpoint(RPC.dispatch.orderHistory)
  async history(@Payload() req: RpcRequest<unknown>): Promise<Page<DriverDeliveryView>> {
    const driver = await this.driverOf(req);
    const page = validData(PageRequest, req.data);
    const [rows, total] = await this.deliveries.finishedBy(driver.id, page);
    return pageOf(rows.map((d) => toDriverDeliveryView(d, driver, this.config.DRIVER_AVERAGE_SPEED_KMH)), page, total);
  }

  private async driverOf(req: RpcRequest<unknown>): Promise<Driver> {
    const actor = requireActor(req, 'driver');
    const driver = await this.drivers.byId(actor.user_id);
    if (!driver) throw new NotFoundError('Driver profile');
    return driver;
  }
}
