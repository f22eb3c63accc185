import { Module } from '@nestjs/common';
import { OrderStatusChangedConsumer } from './commands/queue-order-update/order-status-changed.consumer';
import { QueueOrderUpdateService } from './commands/queue-order-update/queue-order-update.service';
import { QueueWelcomeEmailService } from './commands/queue-welcome-email/queue-welcome-email.service';
import { UserRegisteredConsumer } from './commands/queue-welcome-email/user-registered.consumer';
import { QueueSecurityAlertEmailService } from './commands/queue-security-alert-email/queue-security-alert-email.service';
import { UserSecurityAlertConsumer } from './commands/queue-security-alert-email/user-security-alert.consumer';
import { AccountUnlockRequestedConsumer } from './commands/queue-account-link-email/account-unlock-requested.consumer';
import { EmailVerificationRequestedConsumer } from './commands/queue-account-link-email/email-verification-requested.consumer';
import { PasswordResetRequestedConsumer } from './commands/queue-account-link-email/password-reset-requested.consumer';
import { QueueAccountLinkEmailService } from './commands/queue-account-link-email/queue-account-link-email.service';
import { PhoneOtpRequestedConsumer } from './commands/queue-otp-sms/phone-otp-requested.consumer';
import { QueueOtpSmsService } from './commands/queue-otp-sms/queue-otp-sms.service';
import { NotificationQueue } from './notification-queue';
import { NotificationLogRepository } from './notification-log.repository';
import { ListLogsRpc } from './queries/list-logs/list-logs.rpc';

@Module({
  controllers: [OrderStatusChangedConsumer, UserRegisteredConsumer, PasswordResetRequestedConsumer, EmailVerificationRequestedConsumer, AccountUnlockRequestedConsumer, UserSecurityAlertConsumer, PhoneOtpRequestedConsumer, ListLogsRpc],
  providers: [NotificationQueue, QueueOrderUpdateService, QueueAccountLinkEmailService, QueueWelcomeEmailService, QueueSecurityAlertEmailService, QueueOtpSmsService, NotificationLogRepository],
})
export class LogsModule {}
