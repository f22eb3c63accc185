import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { EmailVerificationResent, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint } from '@platter/service-kit';
import { ResendEmailVerificationService } from './resend-email-verification.service';

@Controller()
export class ResendEmailVerificationRpc {
  constructor(private readonly resendEmailVerification: ResendEmailVerificationService) {}

  @RpcEndpoint(RPC.identity.resendEmailVerification)
  resend(@Payload() req: RpcRequest<unknown>): Promise<EmailVerificationResent> {
    return this.resendEmailVerification.resend(requireActor(req));
  }
}
