import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ConvertGuestService } from './commands/convert-guest/convert-guest.service';
import { StartGuestSessionRpc } from './commands/start-guest-session/start-guest-session.rpc';
import { StartGuestSessionService } from './commands/start-guest-session/start-guest-session.service';
import { GuestSessionRepository } from './guest-session.repository';
import { GuestSessions } from './guest-sessions';
import { GetGuestSessionRpc } from './queries/get-guest-session/get-guest-session.rpc';

/** Guest sessions: ordering without an account, and the conversion registration uses. */
@Module({
  imports: [AuditModule],
  controllers: [StartGuestSessionRpc, GetGuestSessionRpc],
  providers: [GuestSessionRepository, GuestSessions, StartGuestSessionService, ConvertGuestService],
  exports: [ConvertGuestService, GuestSessionRepository],
})
export class GuestsModule {}
