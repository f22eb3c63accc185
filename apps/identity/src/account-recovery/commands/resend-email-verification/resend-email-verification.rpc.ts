import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { EmailVerificationResent, RPC, RpcRequest } from '@platter/contracts';
import { requireActor } from '@platter/service-kit';
import { ResendEmailVerificationService } from './resend-email-verification.service';

@Controller()
export class ResendEmailVerificationHandler {
  constructor(private readonly resendEmailVerification: ResendEmailVerificationService) {}

  @MessagePattern(RPC.identity.resendEmailVerification)
  resend(@Payload() req: RpcRequest<unknown>): Promise<EmailVerificationResent> {
    return this.resendEmailVerification.resend(requireActor(req));
  }
}
