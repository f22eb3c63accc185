// Every Nx target of every project (apps/*/project.json, libs/*/project.json) runs something that
// exists: `nx run ordering:dev` once named a script that was never written. A script under dist/ is
// build output, so its source must exist and the target must depend on `build`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PORTS } = require('../../tools/dev/dev.js') as { PORTS: Record<string, number> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SERVICES_WITH_DATA } = require('../../tools/db/provision.js') as { SERVICES_WITH_DATA: string[] };

interface Target {
  command: string;
  dependsOn?: string[];
}
interface Project {
  name: string;
  root: string;
  targets: Record<string, Target>;
}

const projects: Project[] = ['apps', 'libs'].flatMap((kind) =>
  readdirSync(path.join(ROOT, kind))
    .filter((dir) => existsSync(path.join(ROOT, kind, dir, 'project.json')))
    .map((dir) => {
      const json = JSON.parse(readFileSync(path.join(ROOT, kind, dir, 'project.json'), 'utf8')) as Omit<Project, 'root'>;
      return { ...json, root: `${kind}/${dir}` };
    }),
);
const apps = projects.filter((p) => p.root.startsWith('apps/'));
const targets = projects.flatMap((p) => Object.entries(p.targets).map(([name, target]) => ({ project: p, name, target })));

/** What a command needs on disk, as problems (empty when everything it names exists). */
function missingFiles(project: Project, targetName: string, target: Target): string[] {
  const words = target.command.trim().split(/\s+/);
  const where = `${project.name}:${targetName} (${target.command})`;
  if (words[0] === 'node') {
    const script = words[1];
    if (script.startsWith('dist/')) {
      const source = script.replace(/^dist\//, '').replace(/\.js$/, '.ts');
      const problems: string[] = [];
      if (!existsSync(path.join(ROOT, source))) problems.push(`${where}: ${script} is built from ${source}, which does not exist`);
      if (!(target.dependsOn ?? []).includes('build')) problems.push(`${where}: runs build output without dependsOn ["build"]`);
      return problems;
    }
    return existsSync(path.join(ROOT, script)) ? [] : [`${where}: ${script} does not exist`];
  }
  if (words[0] === 'npx' && words[1] === 'jest') {
    const config = words[words.indexOf('-c') + 1];
    const pattern = words[words.indexOf('--testPathPatterns') + 1];
    return [
      ...(existsSync(path.join(ROOT, config)) ? [] : [`${where}: ${config} does not exist`]),
      ...(existsSync(path.join(ROOT, pattern)) ? [] : [`${where}: ${pattern} does not exist`]),
    ];
  }
  return [`${where}: a command this test does not know how to check; teach it`];
}

describe('project targets', () => {
  it('finds the nine apps and their libraries', () => {
    expect(apps.map((p) => p.name).sort()).toEqual(Object.keys(PORTS).sort());
    expect(projects.length).toBeGreaterThan(apps.length);
  });

  it.each(targets.map((t) => [`${t.project.name}:${t.name}`, t] as const))('%s runs a file that exists', (_label, t) => {
    expect(missingFiles(t.project, t.name, t.target)).toEqual([]);
  });

  it('gives every app a dev target running tools/dev/dev.js for itself, after a build', () => {
    for (const app of apps) {
      expect(app.targets.dev).toEqual({ command: `node tools/dev/dev.js ${app.name}`, dependsOn: ['build'] });
      expect(PORTS[app.name]).toBeDefined();
    }
  });

  it('gives every app with data a migrate target running tools/migrate.js for itself, and the gateway none', () => {
    for (const app of apps) {
      if (SERVICES_WITH_DATA.includes(app.name)) expect(app.targets.migrate).toEqual({ command: `node tools/migrate.js ${app.name}`, dependsOn: ['build'] });
      else expect(app.targets.migrate).toBeUndefined();
    }
    expect(apps.filter((a) => a.targets.migrate).map((a) => a.name).sort()).toEqual([...SERVICES_WITH_DATA].sort());
  });

  it('never replays build from the cache: it rebuilds the whole dist/, which no project declares as its output', () => {
    const nx = JSON.parse(readFileSync(path.join(ROOT, 'nx.json'), 'utf8')) as { targetDefaults: Record<string, { cache?: boolean }> };
    expect(nx.targetDefaults.build.cache).toBe(false);
    for (const p of projects) if (p.targets.build) expect(p.targets.build).toEqual({ command: 'node tools/build.mjs' });
  });

  it('catches a target naming a script that does not exist', () => {
    const ordering = apps.find((a) => a.name === 'ordering')!;
    expect(missingFiles(ordering, 'dev', { command: 'node tools/dev.mjs ordering' })).toEqual(['ordering:dev (node tools/dev.mjs ordering): tools/dev.mjs does not exist']);
    expect(missingFiles(ordering, 'serve', { command: 'node dist/apps/ordering/src/main.js' })).toHaveLength(1);
  });
});
