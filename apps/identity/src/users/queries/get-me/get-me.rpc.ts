import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CurrentUser, NotFoundError, RPC, RpcRequest } from '@platter/contracts';
import { RpcEndpoint } from '@platter/service-kit';
import { TransactionHost } from '@platter/persistence';
import { IdentityException } from '../../../identity.exception';
import { toCurrentUser } from '../../public-user';
import { User } from '../../user.entity';

@Controller()
export class GetMeRpc {
  constructor(private readonly tx: TransactionHost) {}

  @RpcEndpoint(RPC.identity.me)
  async me(@Payload() req: RpcRequest<unknown>): Promise<CurrentUser> {
    if (!req.actor) throw IdentityException.authRequired();
    const user = await this.tx.repository(User).findOneBy({ id: req.actor.user_id });
    if (!user) throw new NotFoundError('User');
    // A suspended or banned account's access token lives on until it expires; here it gets nothing.
    if (user.status !== 'active') throw IdentityException.accountDisabled(user.status);
    return toCurrentUser(user);
  }
}
