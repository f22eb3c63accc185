import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { IdData, IdRequest, RPC, RpcRequest, StaffMemberRemoved } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { RemoveStaffMemberService } from './remove-staff-member.service';

@Controller()
export class RemoveStaffMemberRpc {
  constructor(private readonly removeStaffMember: RemoveStaffMemberService) {}

  @RpcEndpoint(RPC.identity.staffRemove)
  remove(@Payload() req: RpcRequest<IdData>): Promise<StaffMemberRemoved> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.removeStaffMember.remove(actor, validData(IdRequest, req.data).id);
  }
}
