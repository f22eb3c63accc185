import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AssignDeliveryRequest, OperatorDeliveryView, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { ManualAssignmentService } from './manual-assignment.service';

/** POST /restaurant/deliveries/:orderId/assign, POST /admin/deliveries/:orderId/assign. */
@Controller()
export class AssignDeliveryRpc {
  constructor(private readonly manual: ManualAssignmentService) {}

  @RpcEndpoint(RPC.dispatch.assignDelivery)
  assign(@Payload() req: RpcRequest<unknown>): Promise<OperatorDeliveryView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    const { order_id, driver_id } = validData(AssignDeliveryRequest, req.data);
    return this.manual.assign(actor, order_id, driver_id);
  }
}
