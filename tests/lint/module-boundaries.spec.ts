import { execFileSync, execSync } from 'node:child_process';
import path from 'node:path';

// Lint is what keeps apps from importing apps (Nx tags); prove the rule bites.
const ROOT = path.resolve(__dirname, '../..');

describe('module boundaries', () => {
  beforeAll(() => {
    execSync('npx nx show projects', { cwd: ROOT, stdio: 'ignore' }); // the rule reads the cached project graph
  }, 120_000);

  // ESLint's CLI in a child process: its ESM config cannot load inside jest's module system.
  async function boundaryErrors(file: string, code: string): Promise<string[]> {
    let out: string;
    try {
      out = execFileSync(path.join(ROOT, 'node_modules/.bin/eslint'), ['--stdin', '--stdin-filename', file, '--format', 'json'], { cwd: ROOT, input: code, encoding: 'utf8' });
    } catch (err) {
      out = (err as { stdout: string }).stdout; // exit code 1 when it finds errors
    }
    const [result] = JSON.parse(out) as Array<{ messages: Array<{ ruleId: string; message: string }> }>;
    return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
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
