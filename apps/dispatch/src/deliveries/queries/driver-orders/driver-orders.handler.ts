import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { In } from 'typeorm';
import { DriverDeliveryView, NotFoundError, Page, RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { PageRequest, pageOf, requireActor, validData } from '@platter/service-kit';
import { DispatchConfig } from '../../../dispatch.config';
import { Driver } from '../../../drivers/driver.entity';
import { canWork } from '../../../drivers/drivers';
import { ACTIVE_DELIVERY_STATUSES } from '../../delivery-rules';
import { Delivery } from '../../delivery.entity';
import { DeliveryException } from '../../delivery.exception';
import { toDriverDeliveryView } from '../../delivery.view';

/** How many available orders a driver is shown at once (oldest first). */
const AVAILABLE_LIMIT = 50;

/** GET /driver/orders/available | current | history. */
@Controller()
export class DriverOrdersHandler {
  constructor(
    private readonly tx: TransactionHost,
    private readonly config: DispatchConfig,
  ) {}

  /** Ready delivery orders nobody has taken, oldest first; online drivers only. */
  @MessagePattern(RPC.dispatch.availableOrders)
  async available(@Payload() req: RpcRequest<unknown>): Promise<DriverDeliveryView[]> {
    const driver = await this.driverOf(req);
    if (!canWork(driver)) throw new DeliveryException('DRIVER_OFFLINE', 'Go online to see available orders');
    const rows = await this.tx.repository(Delivery).find({ where: { status: 'available' }, order: { available_at: 'ASC', id: 'ASC' }, take: AVAILABLE_LIMIT });
    return rows.map((d) => toDriverDeliveryView(d, driver, this.config.DRIVER_AVERAGE_SPEED_KMH));
  }

  /** The deliveries the driver holds (assigned, picked up, in transit). */
  @MessagePattern(RPC.dispatch.currentOrders)
  async current(@Payload() req: RpcRequest<unknown>): Promise<DriverDeliveryView[]> {
    const driver = await this.driverOf(req);
    const rows = await this.tx.repository(Delivery).find({
      where: { driver_id: driver.id, status: In([...ACTIVE_DELIVERY_STATUSES]) },
      order: { assigned_at: 'ASC', id: 'ASC' },
    });
    return rows.map((d) => toDriverDeliveryView(d, driver, this.config.DRIVER_AVERAGE_SPEED_KMH));
  }

  /** Deliveries the driver finished (or that were cancelled in their hands), newest first. */
  @MessagePattern(RPC.dispatch.orderHistory)
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
