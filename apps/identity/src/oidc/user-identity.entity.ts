import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { OidcProviderName } from '@platter/contracts';

/** A provider account (provider + its `sub`) linked to a user; a user may have one per provider. */
@Entity({ name: 'user_identities' })
export class UserIdentity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') provider: OidcProviderName;
  @Column('text') subject: string;
  @Column('uuid') user_id: string;
  /** The email the provider gave when linked (Apple's may be a private relay address). */
  @Column('text', { nullable: true }) email: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
}
