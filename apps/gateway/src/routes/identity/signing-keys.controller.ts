import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { RPC, SigningKeyRotated } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

/** Admins rotate the key identity signs access tokens with. */
@ApiTags('admin')
@Controller('admin/signing-keys')
export class SigningKeysController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('rotate')
  @HttpCode(200)
  @Authenticated('admin')
  @ApiOperation({
    summary: 'Sign new access tokens with a new key',
    description:
      'Nobody is logged out: the replaced key stays in the JWKS until every token it signed has expired ' +
      '(access-token lifetime plus a minute of clock skew), then it is retired. Refresh tokens are opaque ' +
      'and unaffected. Keys also rotate by themselves every SIGNING_KEY_ROTATION_DAYS (30 by default).',
  })
  @ApiConflictResponse({ description: 'CONFLICT when the key comes from JWT_PRIVATE_KEY_PEM (change that variable instead)' })
  rotate(@CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<SigningKeyRotated> {
    return this.rpc.call(RPC.identity.adminRotateSigningKey, { actor: actorOf(actor), data: {} }, { correlationId: requestId });
  }
}
