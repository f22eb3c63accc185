import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ChangeStaffRoleData, ChangeStaffRoleRequest, RPC, RpcRequest, StaffMemberView } from '@platter/contracts';
import { requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { ChangeStaffRoleService } from './change-staff-role.service';

@Controller()
export class ChangeStaffRoleRpc {
  constructor(private readonly changeStaffRole: ChangeStaffRoleService) {}

  @RpcEndpoint(RPC.identity.staffChangeRole)
  change(@Payload() req: RpcRequest<ChangeStaffRoleData>): Promise<StaffMemberView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.changeStaffRole.change(actor, validData(ChangeStaffRoleRequest, req.data));
  }
}
