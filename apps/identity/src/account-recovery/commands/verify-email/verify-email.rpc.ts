import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RPC, RpcRequest, VerifyEmailData, VerifyEmailResult } from '@platter/contracts';
import { RpcEndpoint } from '@platter/service-kit';
import { VerifyEmailService } from './verify-email.service';

@Controller()
export class VerifyEmailRpc {
  constructor(private readonly verifyEmail: VerifyEmailService) {}

  @RpcEndpoint(RPC.identity.verifyEmail)
  verify(@Payload() req: RpcRequest<VerifyEmailData>): Promise<VerifyEmailResult> {
    return this.verifyEmail.verify(req.data);
  }
}
