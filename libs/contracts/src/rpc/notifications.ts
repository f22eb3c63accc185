export type NotificationChannel = 'sms' | 'email' | 'push' | 'whatsapp';
export type NotificationStatus = 'queued' | 'sent' | 'delivered' | 'failed';
export type NotificationLocale = 'fr' | 'en';

export interface ListNotificationLogsData {
  /** A user id (push) or an address (email, phone). */
  recipient?: string;
}

export interface NotificationLogView {
  id: string;
  type: NotificationChannel;
  provider: string;
  recipient: string;
  template: string;
  locale: NotificationLocale;
  content: string;
  status: NotificationStatus;
  created_at: string;
  updated_at: string;
}
