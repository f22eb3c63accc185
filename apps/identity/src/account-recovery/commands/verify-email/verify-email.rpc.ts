import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { RPC, RpcRequest, VerifyEmailData, VerifyEmailResult } from '@platter/contracts';
import { VerifyEmailService } from './verify-email.service';

@Controller()
export class VerifyEmailHandler {
  constructor(private readonly verifyEmail: VerifyEmailService) {}

  @MessagePattern(RPC.identity.verifyEmail)
  verify(@Payload() req: RpcRequest<VerifyEmailData>): Promise<VerifyEmailResult> {
    return this.verifyEmail.verify(req.data);
  }
}
