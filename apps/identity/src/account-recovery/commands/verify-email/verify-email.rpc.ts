import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RPC, RpcRequest, VerifyEmailData, VerifyEmailRequest, VerifyEmailResult } from '@platter/contracts';
import { RpcEndpoint, validData } from '@platter/service-kit';
import { VerifyEmailService } from './verify-email.service';

@Controller()
export class VerifyEmailRpc {
  constructor(private readonly verifyEmail: VerifyEmailService) {}

  @RpcEndpoint(RPC.identity.verifyEmail)
  verify(@Payload() req: RpcRequest<VerifyEmailData>): Promise<VerifyEmailResult> {
    return this.verifyEmail.verify(validData(VerifyEmailRequest, req.data));
  }
}
