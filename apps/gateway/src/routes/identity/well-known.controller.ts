import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@platter/auth';
import { JwksResult, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';

/** Identity's public signing keys, where OIDC-style clients and other verifiers look for them. */
@ApiTags('auth')
@Controller('.well-known')
export class WellKnownController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('jwks.json')
  @Public()
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: 'JWKS: the public keys that verify access tokens' })
  jwks(@RequestId() requestId: string): Promise<JwksResult> {
    return this.rpc.call(RPC.identity.jwks, { actor: null, data: {} }, { correlationId: requestId });
  }
}
