import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { OidcAuthorizationUrl, OidcStartData, RPC, RpcRequest } from '@platter/contracts';
import { RpcEndpoint } from '@platter/service-kit';
import { StartOidcSignInService } from './start-oidc-sign-in.service';

@Controller()
export class StartOidcSignInRpc {
  constructor(private readonly startOidcSignIn: StartOidcSignInService) {}

  @RpcEndpoint(RPC.identity.oidcStart)
  start(@Payload() req: RpcRequest<OidcStartData>): Promise<OidcAuthorizationUrl> {
    return this.startOidcSignIn.start(req.data);
  }
}
