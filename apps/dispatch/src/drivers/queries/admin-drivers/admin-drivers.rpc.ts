import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { In } from 'typeorm';
import { AdminDriverDetail, AdminDriversRequest, AdminDriverView, DriverDocumentContent, DriverDocumentRefRequest, NotFoundError, Page, RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { IdRequest, pageOf, requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { ACTIVE_DELIVERY_STATUSES } from '../../../deliveries/delivery-rules';
import { Delivery } from '../../../deliveries/delivery.entity';
import { DriverDocumentsService } from '../../documents/driver-documents.service';
import { DriverAuditEntry } from '../../driver-audit-entry.entity';
import { activeDeliveryCount, driverDocuments } from '../../driver-profile';
import { Driver } from '../../driver.entity';
import { toAdminDriverView, toDriverAuditView, toDriverDocumentView } from '../../driver.view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** GET /admin/drivers (oldest first: the review queue), /admin/drivers/:id, /admin/drivers/:id/documents/:documentId. */
@Controller()
export class AdminDriversHandler {
  constructor(
    private readonly tx: TransactionHost,
    private readonly documents: DriverDocumentsService,
  ) {}

  @RpcEndpoint(RPC.dispatch.adminListDrivers)
  async list(@Payload() req: RpcRequest<unknown>): Promise<Page<AdminDriverView>> {
    requireActor(req, 'admin');
    const query = validData(AdminDriversRequest, req.data);
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
    const [rows, total] = await qb
      .orderBy('d.created_at', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .skip((query.page - 1) * query.limit)
      .take(query.limit)
      .getManyAndCount();
    const active = await this.activeCounts(rows.map((d) => d.id));
    return pageOf(rows.map((d) => toAdminDriverView(d, active.get(d.id) ?? 0)), query, total);
  }

  @RpcEndpoint(RPC.dispatch.adminGetDriver)
  async get(@Payload() req: RpcRequest<unknown>): Promise<AdminDriverDetail> {
    requireActor(req, 'admin');
    const { id } = validData(IdRequest, req.data);
    const driver = await this.tx.repository(Driver).findOneBy({ id });
    if (!driver) throw new NotFoundError('Driver');
    const [active, documents, history] = await Promise.all([
      activeDeliveryCount(this.tx, id),
      driverDocuments(this.tx, id),
      this.tx.repository(DriverAuditEntry).find({ where: { driver_id: id }, order: { at: 'ASC', id: 'ASC' } }),
    ]);
    return { driver: toAdminDriverView(driver, active), documents: documents.map(toDriverDocumentView), history: history.map(toDriverAuditView) };
  }

  @RpcEndpoint(RPC.dispatch.adminGetDriverDocument)
  async document(@Payload() req: RpcRequest<unknown>): Promise<DriverDocumentContent> {
    requireActor(req, 'admin');
    const ref = validData(DriverDocumentRefRequest, req.data);
    return this.documents.read(ref.driver_id, ref.document_id);
  }

  private async activeCounts(driverIds: string[]): Promise<Map<string, number>> {
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
