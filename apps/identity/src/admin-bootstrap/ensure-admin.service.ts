import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../audit/audit-log';
import { PasswordHasher } from '../auth/domain/password-hasher';
import { checkPasswordBounds } from '../auth/domain/password-policy';
import { normalizeEmail } from '../auth/domain/registration-rules';
import { SessionTokens } from '../auth/session-tokens';
import { ADMIN_PASSWORD_MIN_LENGTH, IdentityConfig } from '../identity.config';
import { UserRepository } from '../users/user.repository';

/**
 * Makes ADMIN_EMAIL an active admin whose password is ADMIN_PASSWORD: the configuration is the
 * source of truth for that account. Safe to run on every start and from several instances at once.
 */
@Injectable()
export class EnsureAdmin {
  private readonly log = new Logger(EnsureAdmin.name);

  constructor(
    private readonly tx: TransactionHost,
    private readonly users: UserRepository,
    private readonly events: EventPublisher,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionTokens,
    private readonly audit: AuditLog,
    private readonly config: IdentityConfig,
  ) {}

  async ensure(): Promise<void> {
    const { ADMIN_EMAIL, ADMIN_PASSWORD } = this.config;
    if (!ADMIN_EMAIL || !ADMIN_PASSWORD) return;
    const problems = checkPasswordBounds(ADMIN_PASSWORD, 'ADMIN_PASSWORD', ADMIN_PASSWORD_MIN_LENGTH);
    if (problems.length) throw new Error(`ADMIN_PASSWORD: ${problems.map((p) => p.message).join('; ')}`);
    const email = normalizeEmail(ADMIN_EMAIL);
    await this.tx.run(async () => {
      await this.users.lockAdminBootstrap();
      const existing = await this.users.findByEmail(email);
      if (!existing) return this.create(email, ADMIN_PASSWORD);
      const passwordMatches = existing.password_hash ? await this.hasher.verify(existing.password_hash, ADMIN_PASSWORD) : false;
      if (existing.role === 'admin' && existing.status === 'active' && passwordMatches) return;
      await this.users.updateColumns(existing.id, {
        role: 'admin',
        status: 'active',
        ...(passwordMatches ? {} : { password_hash: await this.hasher.hash(ADMIN_PASSWORD) }),
      });
      // Sessions opened under the old role or password must not turn into admin sessions.
      await this.sessions.revokeAllOf(existing.id, 'admin-bootstrap');
      await this.audit.record({ action: 'admin.ensured', target: existing.id });
      this.log.log(`account ${email} made an active admin`);
    });
  }

  private async create(email: string, password: string): Promise<void> {
    const now = new Date();
    const admin = await this.users.insertAccount({
      id: randomUUID(),
      email,
      phone: null,
      name: 'Administrator',
      password_hash: await this.hasher.hash(password),
      role: 'admin',
      status: 'active',
      email_verified: true,
      created_at: now,
      updated_at: now,
    });
    await this.events.publish('user.registered', { user_id: admin.id, email, name: admin.name, phone: null, role: 'admin' });
    await this.audit.record({ action: 'admin.ensured', target: admin.id });
    this.log.log(`admin account ${email} created`);
  }
}
