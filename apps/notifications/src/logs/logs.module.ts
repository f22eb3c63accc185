import { Module } from '@nestjs/common';
import { OrderStatusChangedHandler } from './commands/queue-order-update/order-status-changed.handler';
import { QueueOrderUpdateService } from './commands/queue-order-update/queue-order-update.service';
import { QueueWelcomeEmailService } from './commands/queue-welcome-email/queue-welcome-email.service';
import { UserRegisteredHandler } from './commands/queue-welcome-email/user-registered.handler';
import { QueueSecurityAlertEmailService } from './commands/queue-security-alert-email/queue-security-alert-email.service';
import { UserSecurityAlertHandler } from './commands/queue-security-alert-email/user-security-alert.handler';
import { EmailVerificationRequestedHandler } from './commands/queue-account-link-email/email-verification-requested.handler';
import { PasswordResetRequestedHandler } from './commands/queue-account-link-email/password-reset-requested.handler';
import { QueueAccountLinkEmailService } from './commands/queue-account-link-email/queue-account-link-email.service';
import { PhoneOtpRequestedHandler } from './commands/queue-otp-sms/phone-otp-requested.handler';
import { QueueOtpSmsService } from './commands/queue-otp-sms/queue-otp-sms.service';
import { NotificationQueue } from './notification-queue';
import { ListLogsHandler } from './queries/list-logs/list-logs.handler';

@Module({
  controllers: [OrderStatusChangedHandler, UserRegisteredHandler, PasswordResetRequestedHandler, EmailVerificationRequestedHandler, UserSecurityAlertHandler, PhoneOtpRequestedHandler, ListLogsHandler],
  providers: [NotificationQueue, QueueOrderUpdateService, QueueAccountLinkEmailService, QueueWelcomeEmailService, QueueSecurityAlertEmailService, QueueOtpSmsService],
})
export class LogsModule {}
