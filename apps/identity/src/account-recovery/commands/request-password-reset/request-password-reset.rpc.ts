import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ForgotPasswordData, ForgotPasswordResult, RPC, RpcRequest } from '@platter/contracts';
import { RequestPasswordResetService } from './request-password-reset.service';

@Controller()
export class RequestPasswordResetHandler {
  constructor(private readonly requestPasswordReset: RequestPasswordResetService) {}

  @MessagePattern(RPC.identity.forgotPassword)
  request(@Payload() req: RpcRequest<ForgotPasswordData>): Promise<ForgotPasswordResult> {
    return this.requestPasswordReset.request(req.data);
  }
}
