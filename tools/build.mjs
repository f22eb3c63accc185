// Compiles apps/ and libs/ to dist/ with swc (type checking is `npm run typecheck`).
// @platter/* imports are rewritten to relative paths so plain `node` runs the output.
import { transformFile } from '@swc/core';
import { createRequire } from 'node:module';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const require = createRequire(import.meta.url);
const swc = require('./swc-options.cjs');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { compilerOptions } = require('../tsconfig.base.json');
const out = path.join(root, 'dist');

async function* sources(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) { if (entry.name !== 'node_modules') yield* sources(full); }
    else if (entry.name.endsWith('.ts') && !/\.(spec|medium-spec|e2e-spec)\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield full;
  }
}

const started = Date.now();
await rm(out, { recursive: true, force: true });
const files = [];
for (const top of ['apps', 'libs']) for await (const f of sources(path.join(root, top))) files.push(f);
await Promise.all(files.map(async (file) => {
  const { code, map } = await transformFile(file, {
    ...swc, swcrc: false, filename: file,
    jsc: { ...swc.jsc, baseUrl: root, paths: compilerOptions.paths },
  });
  const target = path.join(out, path.relative(root, file)).replace(/\.ts$/, '.js');
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map`);
  if (map) await writeFile(`${target}.map`, map);
}));
// Error codes are described by the doc comments where they are declared, which compilation drops: the
// gateway's OpenAPI document reads them from this extract (see apps/gateway/src/http/error-descriptions.ts).
const gatewayHttp = path.join(out, 'apps', 'gateway', 'src', 'http');
const { readErrorDescriptions, ERROR_DESCRIPTIONS_FILE } = require(path.join(gatewayHttp, 'error-descriptions.js'));
await writeFile(path.join(gatewayHttp, ERROR_DESCRIPTIONS_FILE), JSON.stringify(readErrorDescriptions(path.join(root, 'libs', 'contracts', 'src', 'errors')), null, 2));
console.log(`built ${files.length} files into dist/ in ${Date.now() - started} ms`);
