import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AuthResult, RPC, RegisterData, RpcRequest } from '@platter/contracts';
import { RegisterUserService } from './register-user.service';

@Controller()
export class RegisterUserHandler {
  constructor(private readonly registerUser: RegisterUserService) {}

  @MessagePattern(RPC.identity.register)
  register(@Payload() req: RpcRequest<RegisterData>): Promise<AuthResult> {
    return this.registerUser.register(req.data);
  }
}
