import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ForgotPasswordData, ForgotPasswordRequest, ForgotPasswordResult, RPC, RpcRequest } from '@platter/contracts';
import { RpcEndpoint, validData } from '@platter/service-kit';
import { RequestPasswordResetService } from './request-password-reset.service';

@Controller()
export class RequestPasswordResetRpc {
  constructor(private readonly requestPasswordReset: RequestPasswordResetService) {}

  @RpcEndpoint(RPC.identity.forgotPassword)
  request(@Payload() req: RpcRequest<ForgotPasswordData>): Promise<ForgotPasswordResult> {
    return this.requestPasswordReset.request(validData(ForgotPasswordRequest, req.data));
  }
}
