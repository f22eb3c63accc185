import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AddStaffData, AddStaffMemberRequest, RPC, RpcRequest, StaffMemberView } from '@platter/contracts';
import { requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { AddStaffMemberService } from './add-staff-member.service';

@Controller()
export class AddStaffMemberRpc {
  constructor(private readonly addStaffMember: AddStaffMemberService) {}

  @RpcEndpoint(RPC.identity.staffAdd)
  add(@Payload() req: RpcRequest<AddStaffData>): Promise<StaffMemberView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.addStaffMember.add(actor, validData(AddStaffMemberRequest, req.data));
  }
}
