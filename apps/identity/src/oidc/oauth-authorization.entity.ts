import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { OidcProviderName } from '@platter/contracts';

/** A started sign-in at a provider, waiting for its callback; spent by the first callback with its state. */
@Entity({ name: 'oauth_authorizations' })
export class OauthAuthorization {
  @PrimaryColumn('uuid') id: string;
  /** SHA-256 (hex) of the state sent to the provider. */
  @Column('text', { unique: true }) state_hash: string;
  @Column('text') provider: OidcProviderName;
  @Column('text') code_verifier: string;
  @Column('text') nonce: string;
  @CreateDateColumn({ type: 'timestamptz' }) created_at: Date;
  @Column('timestamptz') expires_at: Date;
  @Column('timestamptz', { nullable: true }) used_at: Date | null;
}
