import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { ChangeUserStatusHandler } from './commands/change-user-status/change-user-status.handler';
import { ChangeUserStatusService } from './commands/change-user-status/change-user-status.service';
import { DeleteUserHandler } from './commands/delete-user/delete-user.handler';
import { DeleteUserService } from './commands/delete-user/delete-user.service';
import { UpdateMeHandler } from './commands/update-me/update-me.handler';
import { UpdateMeService } from './commands/update-me/update-me.service';
import { GetMeHandler } from './queries/get-me/get-me.handler';
import { GetUserHandler } from './queries/get-user/get-user.handler';
import { ListUsersHandler } from './queries/list-users/list-users.handler';

@Module({
  imports: [AuthModule, AuditModule],
  controllers: [GetMeHandler, ListUsersHandler, GetUserHandler, ChangeUserStatusHandler, UpdateMeHandler, DeleteUserHandler],
  providers: [ChangeUserStatusService, UpdateMeService, DeleteUserService],
})
export class UsersModule {}
