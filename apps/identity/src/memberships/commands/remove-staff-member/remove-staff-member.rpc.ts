import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { RPC, RpcRequest } from '@platter/contracts';
import { IdRequest, requireActor, validData } from '@platter/service-kit';
import { RemoveStaffMemberService } from './remove-staff-member.service';

@Controller()
export class RemoveStaffMemberHandler {
  constructor(private readonly removeStaffMember: RemoveStaffMemberService) {}

  @MessagePattern(RPC.identity.staffRemove)
  remove(@Payload() req: RpcRequest<{ id: string }>): Promise<{ removed: true }> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.removeStaffMember.remove(actor, validData(IdRequest, req.data).id);
  }
}
