import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  DashboardOrdersPage, DashboardOrderView, RPC, RpcRequest, StaffOrdersQuery, StaffOrdersQueryRpcRequest, StaffPlaceOrderData, StaffPlaceOrderRpcRequest,
  UpdateStaffOrderStatusData, UpdateStaffOrderStatusRpcRequest,
} from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { StaffOrdersService } from './staff-orders.service';

/** The restaurant dashboard's POST /orders, GET /orders, PATCH /orders/:id/status, in ordering's vocabulary (the gateway translates). */
@Controller()
export class StaffOrdersRpc {
  constructor(private readonly staffOrders: StaffOrdersService) {}

  @RpcEndpoint(RPC.ordering.staffPlace)
  place(@Payload() req: RpcRequest<StaffPlaceOrderData>): Promise<DashboardOrderView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.staffOrders.place(actor, validData(StaffPlaceOrderRpcRequest, req.data));
  }

  @RpcEndpoint(RPC.ordering.staffList)
  list(@Payload() req: RpcRequest<StaffOrdersQuery>): Promise<DashboardOrdersPage> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    return this.staffOrders.list(actor, validData(StaffOrdersQueryRpcRequest, req.data));
  }

  @RpcEndpoint(RPC.ordering.staffSetStatus)
  setStatus(@Payload() req: RpcRequest<UpdateStaffOrderStatusData>): Promise<DashboardOrderView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    return this.staffOrders.setStatus(actor, validData(UpdateStaffOrderStatusRpcRequest, req.data));
  }
}
