import { computeProjectGraph, lintSnippet } from './lint-snippet';

// Lint is what keeps apps from importing apps (Nx tags); prove the rule bites.
describe('module boundaries', () => {
  beforeAll(computeProjectGraph, 120_000);

  async function boundaryErrors(file: string, code: string): Promise<string[]> {
    return lintSnippet(file, code, '@nx/enforce-module-boundaries').map((m) => m.message);
  }

  it('rejects an app importing another app', async () => {
    const errors = await boundaryErrors('apps/kitchen/src/probe.ts', "import { OrderingConfig } from '../../ordering/src/ordering.config';\nexport const x = OrderingConfig;\n");
    expect(errors.length).toBe(1);
  });

  it('rejects a library importing an app', async () => {
    const errors = await boundaryErrors('libs/messaging/src/probe.ts', "import { KitchenConfig } from '../../../apps/kitchen/src/kitchen.config';\nexport const x = KitchenConfig;\n");
    expect(errors.length).toBe(1);
  });

  it('rejects contracts depending on infrastructure libraries', async () => {
    const errors = await boundaryErrors('libs/contracts/src/probe.ts', "import { Topology } from '@platter/messaging';\nexport const x = Topology;\n");
    expect(errors.length).toBe(1);
  });

  it('allows an app to use libraries', async () => {
    const errors = await boundaryErrors('apps/kitchen/src/probe.ts', "import { Topology } from '@platter/messaging';\nexport const x = Topology;\n");
    expect(errors).toEqual([]);
  });
});
