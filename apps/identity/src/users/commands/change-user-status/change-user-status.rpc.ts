import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ChangeUserStatusRequest, PublicUser, RPC, RpcRequest, SetUserStatusData } from '@platter/contracts';
import { requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { ChangeUserStatusService } from './change-user-status.service';

@Controller()
export class ChangeUserStatusRpc {
  constructor(private readonly changeUserStatus: ChangeUserStatusService) {}

  @RpcEndpoint(RPC.identity.adminSetUserStatus)
  async change(@Payload() req: RpcRequest<SetUserStatusData>): Promise<PublicUser> {
    const admin = requireActor(req, 'admin');
    return this.changeUserStatus.change(admin, validData(ChangeUserStatusRequest, req.data));
  }
}
