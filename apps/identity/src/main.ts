import { runService } from '@platter/service-kit';
import { EnsureAdmin } from './admin-bootstrap/ensure-admin.service';
import { IdentityConfig } from './identity.config';
import { identityModule } from './identity.module';
import { SigningKeyMaintenance } from './signing-keys/signing-key-maintenance';

void runService({
  service: 'identity',
  config: IdentityConfig,
  module: identityModule,
  // After migrations, before taking requests (lifecycle hooks would also run in `migrate` mode).
  prepare: async (app) => {
    // A first key on an empty table, then rotation by age and retirement, checked every minute from here on.
    await app.get(SigningKeyMaintenance).start();
    await app.get(EnsureAdmin).ensure();
  },
});
