import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { OidcAuthorizationUrl, OidcStartData, RPC, RpcRequest } from '@platter/contracts';
import { StartOidcSignInService } from './start-oidc-sign-in.service';

@Controller()
export class StartOidcSignInHandler {
  constructor(private readonly startOidcSignIn: StartOidcSignInService) {}

  @MessagePattern(RPC.identity.oidcStart)
  start(@Payload() req: RpcRequest<OidcStartData>): Promise<OidcAuthorizationUrl> {
    return this.startOidcSignIn.start(req.data);
  }
}
