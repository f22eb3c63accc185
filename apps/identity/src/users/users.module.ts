import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AccountTokensModule } from '../account-recovery/account-tokens.module';
import { AuthModule } from '../auth/auth.module';
import { GuestsModule } from '../guests/guests.module';
import { MembershipsModule } from '../memberships/memberships.module';
import { OidcModule } from '../oidc/oidc.module';
import { PhoneSignInModule } from '../phone-sign-in/phone-sign-in.module';
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
  // Erasure reaches every table keyed by the account, through the repositories those features export.
  imports: [AuthModule, AuditModule, AccountTokensModule, MembershipsModule, OidcModule, PhoneSignInModule, GuestsModule],
  controllers: [GetMeRpc, ListUsersRpc, GetUserRpc, ChangeUserStatusRpc, UpdateMeRpc, DeleteUserRpc],
  providers: [UserRepository, ChangeUserStatusService, UpdateMeService, DeleteUserService],
})
export class UsersModule {}
