import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ResetPasswordData, ResetPasswordResult, RPC, RpcRequest } from '@platter/contracts';
import { ResetPasswordService } from './reset-password.service';

@Controller()
export class ResetPasswordHandler {
  constructor(private readonly resetPassword: ResetPasswordService) {}

  @MessagePattern(RPC.identity.resetPassword)
  reset(@Payload() req: RpcRequest<ResetPasswordData>): Promise<ResetPasswordResult> {
    return this.resetPassword.reset(req.data);
  }
}
