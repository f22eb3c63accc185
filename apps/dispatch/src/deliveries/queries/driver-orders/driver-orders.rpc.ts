import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { In, MoreThan } from 'typeorm';
import { AvailableDeliveryView, DriverDeliveryView, NotFoundError, Page, RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { PageRequest, pageOf, requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { DeliveryOffer } from '../../../assignment/delivery-offer.entity';
import { DispatchConfig } from '../../../dispatch.config';
import { Driver } from '../../../drivers/driver.entity';
import { canWork } from '../../../drivers/drivers';
import { ACTIVE_DELIVERY_STATUSES } from '../../delivery-rules';
import { Delivery } from '../../delivery.entity';
import { DeliveryException } from '../../delivery.exception';
import { toAvailableDeliveryView, toDriverDeliveryView } from '../../delivery.view';

/** How many pool deliveries a driver is shown at once (nearest first), out of how many oldest ones. */
const AVAILABLE_LIMIT = 50;
const POOL_SCAN_LIMIT = 500;

/** GET /driver/orders/available | current | history. */
@Controller()
export class DriverOrdersHandler {
  constructor(
    private readonly tx: TransactionHost,
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
    const offers = await this.tx.repository(DeliveryOffer).find({ where: { driver_id: driver.id, status: 'open', expires_at: MoreThan(now) }, order: { expires_at: 'ASC' } });
    const offered = offers.length ? await this.tx.repository(Delivery).findBy({ id: In(offers.map((o) => o.delivery_id)) }) : [];
    const byId = new Map(offered.map((d) => [d.id, d]));
    const views = offers.flatMap((o) => (byId.has(o.delivery_id) ? [toAvailableDeliveryView(byId.get(o.delivery_id)!, driver, speed, o, now)] : []));

    const pool = await this.tx
      .repository(Delivery)
      .createQueryBuilder('d')
      .where(`d.status = 'available' AND d.driver_id IS NULL`)
      .andWhere(`NOT EXISTS (SELECT 1 FROM delivery_offers o WHERE o.delivery_id = d.id AND o.status = 'open')`)
      .orderBy('d.available_at', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .take(POOL_SCAN_LIMIT)
      .getMany();
    const near = pool
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
    const rows = await this.tx.repository(Delivery).find({
      where: { driver_id: driver.id, status: In([...ACTIVE_DELIVERY_STATUSES]) },
      order: { assigned_at: 'ASC', id: 'ASC' },
    });
    return rows.map((d) => toDriverDeliveryView(d, driver, this.config.DRIVER_AVERAGE_SPEED_KMH));
  }

  /** Deliveries the driver finished (or that were cancelled in their hands), newest first. */
  @RpcEndpoint(RPC.dispatch.orderHistory)
  async history(@Payload() req: RpcRequest<unknown>): Promise<Page<DriverDeliveryView>> {
    const driver = await this.driverOf(req);
    const page = validData(PageRequest, req.data);
    const [rows, total] = await this.tx.repository(Delivery).findAndCount({
      where: { driver_id: driver.id, status: In(['delivered', 'cancelled']) },
      order: { updated_at: 'DESC', id: 'ASC' },
      skip: (page.page - 1) * page.limit,
      take: page.limit,
    });
    return pageOf(rows.map((d) => toDriverDeliveryView(d, driver, this.config.DRIVER_AVERAGE_SPEED_KMH)), page, total);
  }

  private async driverOf(req: RpcRequest<unknown>): Promise<Driver> {
    const actor = requireActor(req, 'driver');
    const driver = await this.tx.repository(Driver).findOneBy({ id: actor.user_id });
    if (!driver) throw new NotFoundError('Driver profile');
    return driver;
  }
}
