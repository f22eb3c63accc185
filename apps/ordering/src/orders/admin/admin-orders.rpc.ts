import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AdminOrderDetail, AdminOrdersQueryRequest, AdminOrderSummary, AdminRefundOrderRpcRequest, AdminRefundRequestedView, AdminSagaCompensateRpcRequest, AdminSagaResumeRpcRequest, AdminSetOrderStatusRpcRequest, IdData, Page, RPC, RpcRequest } from '@platter/contracts';
import { IdRequest, PageRequest, requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { AdminOrdersService } from './admin-orders.service';

/** /admin/orders*: admins only. */
@Controller()
export class AdminOrdersRpc {
  constructor(private readonly admin: AdminOrdersService) {}

  @RpcEndpoint(RPC.ordering.adminListOrders)
  list(@Payload() req: RpcRequest<unknown>): Promise<Page<AdminOrderSummary>> {
    requireActor(req, 'admin');
    return this.admin.list(validData(AdminOrdersQueryRequest, req.data));
  }

  @RpcEndpoint(RPC.ordering.adminStuckOrders)
  stuck(@Payload() req: RpcRequest<unknown>): Promise<Page<AdminOrderSummary>> {
    requireActor(req, 'admin');
    return this.admin.stuck(validData(PageRequest, req.data));
  }

  @RpcEndpoint(RPC.ordering.adminGetOrder)
  get(@Payload() req: RpcRequest<IdData>): Promise<AdminOrderDetail> {
    requireActor(req, 'admin');
    return this.admin.get(validData(IdRequest, req.data).id);
  }

  @RpcEndpoint(RPC.ordering.adminSetOrderStatus)
  setStatus(@Payload() req: RpcRequest<unknown>): Promise<AdminOrderDetail> {
    return this.admin.setStatus(requireActor(req, 'admin'), validData(AdminSetOrderStatusRpcRequest, req.data));
  }

  @RpcEndpoint(RPC.ordering.adminRefundOrder)
  refund(@Payload() req: RpcRequest<unknown>): Promise<AdminRefundRequestedView> {
    return this.admin.refund(requireActor(req, 'admin'), validData(AdminRefundOrderRpcRequest, req.data));
  }

  @RpcEndpoint(RPC.ordering.adminResumeSaga)
  resume(@Payload() req: RpcRequest<unknown>): Promise<AdminOrderDetail> {
    return this.admin.resume(requireActor(req, 'admin'), validData(AdminSagaResumeRpcRequest, req.data));
  }

  @RpcEndpoint(RPC.ordering.adminCompensateSaga)
  compensate(@Payload() req: RpcRequest<unknown>): Promise<AdminOrderDetail> {
    return this.admin.compensate(requireActor(req, 'admin'), validData(AdminSagaCompensateRpcRequest, req.data));
  }
}
