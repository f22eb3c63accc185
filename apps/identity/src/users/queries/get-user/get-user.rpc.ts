import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { IdData, IdRequest, NotFoundError, PublicUser, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { toPublicUser } from '../../public-user';
import { UserRepository } from '../../user.repository';

/** One account, for admins. */
@Controller()
export class GetUserRpc {
  constructor(private readonly users: UserRepository) {}

  @RpcEndpoint(RPC.identity.adminGetUser)
  async get(@Payload() req: RpcRequest<IdData>): Promise<PublicUser> {
    requireActor(req, 'admin');
    const { id } = validData(IdRequest, req.data);
    const user = await this.users.findById(id);
    if (!user) throw new NotFoundError('User');
    return toPublicUser(user);
  }
}
