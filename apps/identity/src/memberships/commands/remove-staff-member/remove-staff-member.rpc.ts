import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RPC, RpcRequest } from '@platter/contracts';
import { IdRequest, requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { RemoveStaffMemberService } from './remove-staff-member.service';

@Controller()
export class RemoveStaffMemberRpc {
  constructor(private readonly removeStaffMember: RemoveStaffMemberService) {}

  @RpcEndpoint(RPC.identity.staffRemove)
  remove(@Payload() req: RpcRequest<{ id: string }>): Promise<{ removed: true }> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.removeStaffMember.remove(actor, validData(IdRequest, req.data).id);
  }
}
