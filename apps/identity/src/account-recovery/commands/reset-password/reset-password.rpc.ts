import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ResetPasswordData, ResetPasswordResult, RPC, RpcRequest } from '@platter/contracts';
import { RpcEndpoint } from '@platter/service-kit';
import { ResetPasswordService } from './reset-password.service';

@Controller()
export class ResetPasswordRpc {
  constructor(private readonly resetPassword: ResetPasswordService) {}

  @RpcEndpoint(RPC.identity.resetPassword)
  reset(@Payload() req: RpcRequest<ResetPasswordData>): Promise<ResetPasswordResult> {
    return this.resetPassword.reset(req.data);
  }
}
