import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { IdData, IdRequest, NotFoundError, PublicUser, RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { toPublicUser } from '../../public-user';
import { User } from '../../user.entity';

/** One account, for admins. */
@Controller()
export class GetUserRpc {
  constructor(private readonly tx: TransactionHost) {}

  @RpcEndpoint(RPC.identity.adminGetUser)
  async get(@Payload() req: RpcRequest<IdData>): Promise<PublicUser> {
    requireActor(req, 'admin');
    const { id } = validData(IdRequest, req.data);
    const user = await this.tx.repository(User).findOneBy({ id });
    if (!user) throw new NotFoundError('User');
    return toPublicUser(user);
  }
}
