import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { ChangeUserStatusHandler } from './commands/change-user-status/change-user-status.handler';
import { ChangeUserStatusService } from './commands/change-user-status/change-user-status.service';
import { GetMeHandler } from './queries/get-me/get-me.handler';
import { GetUserHandler } from './queries/get-user/get-user.handler';
import { ListUsersHandler } from './queries/list-users/list-users.handler';

@Module({
  imports: [AuthModule, AuditModule],
  controllers: [GetMeHandler, ListUsersHandler, GetUserHandler, ChangeUserStatusHandler],
  providers: [ChangeUserStatusService],
})
export class UsersModule {}
