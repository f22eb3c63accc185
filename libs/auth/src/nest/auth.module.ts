import { DynamicModule, InjectionToken, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessTokenVerifier } from '../access-token-verifier';
import { JwksFetcher, JwksKeyStore, JwksKeyStoreOptions } from '../jwks-key-store';
import { AUTH_GUARD_HOOKS, AuthGuardHooks, JwtAuthGuard } from './jwt-auth.guard';
import { RolesGuard } from './roles.guard';

export interface AuthModuleOptions extends JwksKeyStoreOptions {
  fetchJwks: JwksFetcher;
  /** Revocation list and failed-authentication limit (the gateway's); without them, the signature alone decides. */
  guardHooks?: AuthGuardHooks;
}

const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

/** Token verification plus the global JwtAuthGuard and RolesGuard (in that order). */
@Module({})
export class AuthModule {
  static forRootAsync(options: { inject?: InjectionToken[]; useFactory: (...deps: any[]) => AuthModuleOptions }): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      providers: [
        { provide: AUTH_OPTIONS, inject: options.inject ?? [], useFactory: options.useFactory },
        { provide: JwksKeyStore, inject: [AUTH_OPTIONS], useFactory: (o: AuthModuleOptions) => new JwksKeyStore(o.fetchJwks, o) },
        { provide: AccessTokenVerifier, inject: [JwksKeyStore], useFactory: (keys: JwksKeyStore) => new AccessTokenVerifier(keys) },
        // Without hooks the guard falls back to none (its own default).
        { provide: AUTH_GUARD_HOOKS, inject: [AUTH_OPTIONS], useFactory: (o: AuthModuleOptions) => o.guardHooks },
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
      ],
      exports: [JwksKeyStore, AccessTokenVerifier],
    };
  }
}
