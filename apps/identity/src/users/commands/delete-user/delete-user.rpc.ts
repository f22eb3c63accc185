import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { IdData, IdRequest, PublicUser, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { DeleteUserService } from './delete-user.service';

@Controller()
export class DeleteUserRpc {
  constructor(private readonly deleteUser: DeleteUserService) {}

  @RpcEndpoint(RPC.identity.adminDeleteUser)
  delete(@Payload() req: RpcRequest<IdData>): Promise<PublicUser> {
    const admin = requireActor(req, 'admin');
    return this.deleteUser.delete(admin, validData(IdRequest, req.data).id);
  }
}
