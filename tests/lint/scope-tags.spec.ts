import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './lint-snippet';

// The scope:* tags: every app is scope:<app>, every lib scope:shared, and the boundary rule refuses a
// dependency across scopes. Nx itself refuses any import of an app before tags are looked at, so the
// cross-scope case is shown on a lib of one service's scope, in a throwaway copy of the workspace
// (the repository's own eslint.config.mjs and nx.json, its node_modules) with such a lib added.
interface ProjectJson {
  name: string;
  projectType: string;
  tags: string[];
}

function projects(kind: 'apps' | 'libs'): Array<{ dir: string; project: ProjectJson }> {
  return readdirSync(path.join(ROOT, kind)).map((dir) => ({
    dir,
    project: JSON.parse(readFileSync(path.join(ROOT, kind, dir, 'project.json'), 'utf8')) as ProjectJson,
  }));
}

describe('scope tags', () => {
  it('tags every app scope:<app> and every lib scope:shared, one scope each', () => {
    for (const { dir, project } of projects('apps')) expect(project.tags.filter((t) => t.startsWith('scope:'))).toEqual([`scope:${dir}`]);
    for (const { project } of projects('libs')) expect(project.tags.filter((t) => t.startsWith('scope:'))).toEqual(['scope:shared']);
  });

  describe('in a workspace with a lib of the ordering scope', () => {
    let ws: string;
    const project = (root: string, json: object) => {
      mkdirSync(path.join(ws, root, 'src'), { recursive: true });
      writeFileSync(path.join(ws, root, 'project.json'), JSON.stringify(json));
    };

    beforeAll(() => {
      ws = mkdtempSync(path.join(os.tmpdir(), 'platter-scopes-'));
      for (const file of ['eslint.config.mjs', 'nx.json', 'package.json']) copyFileSync(path.join(ROOT, file), path.join(ws, file));
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(ws, 'node_modules'), 'dir');
      writeFileSync(path.join(ws, 'tsconfig.base.json'), JSON.stringify({
        compilerOptions: { baseUrl: '.', paths: { '@platter/contracts': ['libs/contracts/src/index.ts'], '@platter/messaging': ['libs/messaging/src/index.ts'], '@platter/ordering-core': ['libs/ordering-core/src/index.ts'] } },
      }));
      project('apps/gateway', { name: 'gateway', projectType: 'application', sourceRoot: 'apps/gateway/src', tags: ['type:app', 'scope:gateway'] });
      project('apps/ordering', { name: 'ordering', projectType: 'application', sourceRoot: 'apps/ordering/src', tags: ['type:app', 'scope:ordering'] });
      project('libs/contracts', { name: 'contracts', projectType: 'library', sourceRoot: 'libs/contracts/src', tags: ['type:lib', 'kind:contracts', 'scope:shared'] });
      project('libs/messaging', { name: 'messaging', projectType: 'library', sourceRoot: 'libs/messaging/src', tags: ['type:lib', 'kind:infra', 'scope:shared'] });
      project('libs/ordering-core', { name: 'ordering-core', projectType: 'library', sourceRoot: 'libs/ordering-core/src', tags: ['type:lib', 'kind:infra', 'scope:ordering'] });
      writeFileSync(path.join(ws, 'libs/contracts/src/index.ts'), 'export const C = 1;\n');
      writeFileSync(path.join(ws, 'libs/messaging/src/index.ts'), 'export const M = 1;\n');
      writeFileSync(path.join(ws, 'libs/ordering-core/src/index.ts'), 'export const O = 1;\n');
      execFileSync(path.join(ROOT, 'node_modules/.bin/nx'), ['show', 'projects'], { cwd: ws, stdio: 'ignore', env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } });
    }, 120_000);

    afterAll(() => rmSync(ws, { recursive: true, force: true }));

    function boundaryErrors(file: string, code: string): string[] {
      let out: string;
      try {
        out = execFileSync(path.join(ROOT, 'node_modules/.bin/eslint'), ['--stdin', '--stdin-filename', file, '--format', 'json'], { cwd: ws, input: code, encoding: 'utf8' });
      } catch (err) {
        out = (err as { stdout: string }).stdout;
      }
      const [result] = JSON.parse(out) as Array<{ messages: Array<{ ruleId: string; message: string }> }>;
      return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
    }

    it('refuses the gateway importing a lib of the ordering scope', () => {
      const errors = boundaryErrors('apps/gateway/src/probe.ts', "import { O } from '@platter/ordering-core';\nexport const x = O;\n");
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('scope:gateway');
    });

    it('refuses a shared lib importing a lib of the ordering scope', () => {
      // messaging, not contracts: contracts' own kind:contracts rule would refuse it first.
      const errors = boundaryErrors('libs/messaging/src/probe.ts', "import { O } from '@platter/ordering-core';\nexport const x = O;\n");
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('scope:shared');
    });

    it('lets ordering use its own scope and the shared libs', () => {
      const code = "import { O } from '@platter/ordering-core';\nimport { C } from '@platter/contracts';\nexport const x = O + C;\n";
      expect(boundaryErrors('apps/ordering/src/probe.ts', code)).toEqual([]);
    });
  });
});
