import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { NotificationChannel, NotificationLocale, NotificationStatus } from '@platter/contracts';

/** One message to one recipient over one channel, from queued to delivered (or failed). */
@Entity({ name: 'notification_logs' })
export class NotificationLog {
  @PrimaryColumn('uuid') id: string;
  @Column('text') type: NotificationChannel;
  @Column('text') provider: string;
  @Column('text') recipient: string;
  @Column('text') template: string;
  @Column('text') locale: NotificationLocale;
  @Column('text') content: string;
  @Column('text') status: NotificationStatus;
  /** What caused it (e.g. `order:<id>:confirmed`): one notification per cause. */
  @Column('text', { unique: true }) dedup_key: string;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updated_at: Date;
}
