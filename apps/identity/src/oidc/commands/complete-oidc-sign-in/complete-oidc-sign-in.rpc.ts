import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuthResult, CompleteOidcSignInRequest, OidcCallbackData, RPC, RpcRequest } from '@platter/contracts';
import { RpcEndpoint, validData } from '@platter/service-kit';
import { CompleteOidcSignInService } from './complete-oidc-sign-in.service';

@Controller()
export class CompleteOidcSignInRpc {
  constructor(private readonly completeOidcSignIn: CompleteOidcSignInService) {}

  @RpcEndpoint(RPC.identity.oidcComplete)
  complete(@Payload() req: RpcRequest<OidcCallbackData>): Promise<AuthResult> {
    return this.completeOidcSignIn.complete({ ...validData(CompleteOidcSignInRequest, req.data), provider: req.data?.provider });
  }
}
