// Compiles the libraries a child-process fixture needs into a private directory, the way
// `npm run build` does (same swc options, @platter/* rewritten to relative paths), so a test
// does not depend on (or race with) whatever dist/ holds while others build.
import { transformFile } from '@swc/core';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../../../..');
const LIBS = ['contracts', 'messaging', 'observability', 'persistence'];

async function* sources(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(full);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !/\.(spec|medium-spec|e2e-spec)\.ts$/.test(entry.name)) yield full;
  }
}

export interface ChildBuild {
  outDir: string;
  /** The compiled file of a source path relative to the repository (e.g. libs/messaging/src/x.ts). */
  fileOf(source: string): string;
  /** Environment a child needs to resolve node_modules from outside the repository. */
  env: NodeJS.ProcessEnv;
  remove(): Promise<void>;
}

export async function buildForChildProcess(): Promise<ChildBuild> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const swc = require(path.join(REPO_ROOT, 'tools/swc-options.cjs'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { compilerOptions } = require(path.join(REPO_ROOT, 'tsconfig.base.json'));
  const outDir = await mkdtemp(path.join(tmpdir(), 'platter-messaging-child-'));
  const files: string[] = [];
  for (const lib of LIBS) for await (const f of sources(path.join(REPO_ROOT, 'libs', lib, 'src'))) files.push(f);
  await Promise.all(
    files.map(async (file) => {
      const { code } = await transformFile(file, {
        ...swc,
        sourceMaps: false,
        swcrc: false,
        filename: file,
        jsc: { ...swc.jsc, baseUrl: REPO_ROOT, paths: compilerOptions.paths },
      });
      const target = path.join(outDir, path.relative(REPO_ROOT, file)).replace(/\.ts$/, '.js');
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, code);
    }),
  );
  return {
    outDir,
    fileOf: (source) => path.join(outDir, source).replace(/\.ts$/, '.js'),
    env: { NODE_PATH: path.join(REPO_ROOT, 'node_modules') },
    remove: () => rm(outDir, { recursive: true, force: true }),
  };
}
