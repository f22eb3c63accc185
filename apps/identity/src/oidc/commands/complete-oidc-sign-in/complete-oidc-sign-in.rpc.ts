import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AuthResult, OidcCallbackData, RPC, RpcRequest } from '@platter/contracts';
import { CompleteOidcSignInService } from './complete-oidc-sign-in.service';

@Controller()
export class CompleteOidcSignInHandler {
  constructor(private readonly completeOidcSignIn: CompleteOidcSignInService) {}

  @MessagePattern(RPC.identity.oidcComplete)
  complete(@Payload() req: RpcRequest<OidcCallbackData>): Promise<AuthResult> {
    return this.completeOidcSignIn.complete(req.data);
  }
}
