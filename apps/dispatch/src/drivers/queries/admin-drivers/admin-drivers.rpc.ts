import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AdminDriverDetail, AdminDriversRequest, AdminDriverView, DriverDocumentContent, DriverDocumentRefRequest, NotFoundError, Page, RPC, RpcRequest } from '@platter/contracts';
import { IdRequest, pageOf, requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { DeliveryRepository } from '../../../deliveries/delivery.repository';
import { DriverDocumentRepository } from '../../documents/driver-document.repository';
import { DriverDocumentsService } from '../../documents/driver-documents.service';
import { DriverRepository } from '../../driver.repository';
import { toAdminDriverView, toDriverAuditView, toDriverDocumentView } from '../../driver.view';

/** GET /admin/drivers (oldest first: the review queue), /admin/drivers/:id, /admin/drivers/:id/documents/:documentId. */
@Controller()
export class AdminDriversRpc {
  constructor(
    private readonly drivers: DriverRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly documentRows: DriverDocumentRepository,
    private readonly documents: DriverDocumentsService,
  ) {}

  @RpcEndpoint(RPC.dispatch.adminListDrivers)
  async list(@Payload() req: RpcRequest<unknown>): Promise<Page<AdminDriverView>> {
    requireActor(req, 'admin');
    const query = validData(AdminDriversRequest, req.data);
    const [rows, total] = await this.drivers.matching(query, query);
    const active = await this.deliveries.heldCounts(rows.map((d) => d.id));
    return pageOf(rows.map((d) => toAdminDriverView(d, active.get(d.id) ?? 0)), query, total);
  }

  @RpcEndpoint(RPC.dispatch.adminGetDriver)
  async get(@Payload() req: RpcRequest<unknown>): Promise<AdminDriverDetail> {
    requireActor(req, 'admin');
    const { id } = validData(IdRequest, req.data);
    const driver = await this.drivers.byId(id);
    if (!driver) throw new NotFoundError('Driver');
    const [active, documents, history] = await Promise.all([this.deliveries.countHeldBy(id), this.documentRows.inUploadOrder(id), this.drivers.auditTrail(id)]);
    return { driver: toAdminDriverView(driver, active), documents: documents.map(toDriverDocumentView), history: history.map(toDriverAuditView) };
  }

  @RpcEndpoint(RPC.dispatch.adminGetDriverDocument)
  async document(@Payload() req: RpcRequest<unknown>): Promise<DriverDocumentContent> {
    requireActor(req, 'admin');
    const ref = validData(DriverDocumentRefRequest, req.data);
    return this.documents.read(ref.driver_id, ref.document_id);
  }
}
