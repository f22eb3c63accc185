import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { PublicUser, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('me')
  @Authenticated()
  @ApiOperation({ summary: 'The signed-in user' })
  me(@CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<PublicUser> {
    return this.rpc.call(RPC.identity.me, { actor: actorOf(actor), data: {} }, { correlationId: requestId });
  }
}
