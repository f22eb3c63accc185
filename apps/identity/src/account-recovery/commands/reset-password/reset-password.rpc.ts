import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ResetPasswordData, ResetPasswordRequest, ResetPasswordResult, RPC, RpcRequest } from '@platter/contracts';
import { RpcEndpoint, validData } from '@platter/service-kit';
import { ResetPasswordService } from './reset-password.service';

@Controller()
export class ResetPasswordRpc {
  constructor(private readonly resetPassword: ResetPasswordService) {}

  @RpcEndpoint(RPC.identity.resetPassword)
  reset(@Payload() req: RpcRequest<ResetPasswordData>): Promise<ResetPasswordResult> {
    return this.resetPassword.reset(validData(ResetPasswordRequest, req.data));
  }
}
