import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CurrentUser, NotFoundError, RPC, RpcRequest } from '@platter/contracts';
import { RpcEndpoint } from '@platter/service-kit';
import { IdentityException } from '../../../identity.exception';
import { toCurrentUser } from '../../public-user';
import { UserRepository } from '../../user.repository';

@Controller()
export class GetMeRpc {
  constructor(private readonly users: UserRepository) {}

  @RpcEndpoint(RPC.identity.me)
  async me(@Payload() req: RpcRequest<unknown>): Promise<CurrentUser> {
    if (!req.actor) throw IdentityException.authRequired();
    const user = await this.users.findById(req.actor.user_id);
    if (!user) throw new NotFoundError('User');
    // A suspended or banned account's access token lives on until it expires; here it gets nothing.
    if (user.status !== 'active') throw IdentityException.accountDisabled(user.status);
    return toCurrentUser(user);
  }
}
