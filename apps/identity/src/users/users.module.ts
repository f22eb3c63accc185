import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { ChangeUserStatusRpc } from './commands/change-user-status/change-user-status.rpc';
import { ChangeUserStatusService } from './commands/change-user-status/change-user-status.service';
import { DeleteUserRpc } from './commands/delete-user/delete-user.rpc';
import { DeleteUserService } from './commands/delete-user/delete-user.service';
import { UpdateMeRpc } from './commands/update-me/update-me.rpc';
import { UpdateMeService } from './commands/update-me/update-me.service';
import { GetMeRpc } from './queries/get-me/get-me.rpc';
import { GetUserRpc } from './queries/get-user/get-user.rpc';
import { ListUsersRpc } from './queries/list-users/list-users.rpc';
import { UserRepository } from './user.repository';

@Module({
  imports: [AuthModule, AuditModule],
  controllers: [GetMeRpc, ListUsersRpc, GetUserRpc, ChangeUserStatusRpc, UpdateMeRpc, DeleteUserRpc],
  providers: [UserRepository, ChangeUserStatusService, UpdateMeService, DeleteUserService],
})
export class UsersModule {}
