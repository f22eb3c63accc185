import { runService } from '@platter/service-kit';
import { EnsureAdmin } from './admin-bootstrap/ensure-admin.service';
import { IdentityConfig } from './identity.config';
import { identityModule } from './identity.module';
import { SigningKeys } from './signing-keys/signing-keys.service';

void runService({
  service: 'identity',
  config: IdentityConfig,
  module: identityModule,
  // After migrations, before taking requests (lifecycle hooks would also run in `migrate` mode).
  prepare: async (app) => {
    await app.get(SigningKeys).current();
    await app.get(EnsureAdmin).ensure();
  },
});
