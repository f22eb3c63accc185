import { execFileSync, execSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

export interface LintMessage {
  ruleId: string | null;
  message: string;
}

/** The Nx boundary rule reads the cached project graph: compute it once before linting. */
export function computeProjectGraph(): void {
  execSync('npx nx show projects', { cwd: ROOT, stdio: 'ignore' });
}

/**
 * Lints `code` as if it were the file `file` (path from the repository root), with the repository's own
 * config. ESLint's CLI runs in a child process: its ESM config cannot load inside jest's module system.
 */
export function lintSnippet(file: string, code: string, ruleId?: string): LintMessage[] {
  let out: string;
  try {
    out = execFileSync(path.join(ROOT, 'node_modules/.bin/eslint'), ['--stdin', '--stdin-filename', file, '--format', 'json'], { cwd: ROOT, input: code, encoding: 'utf8' });
  } catch (err) {
    out = (err as { stdout: string }).stdout; // exit code 1 when it finds errors
  }
  const [result] = JSON.parse(out) as Array<{ messages: LintMessage[] }>;
  return ruleId ? result.messages.filter((m) => m.ruleId === ruleId) : result.messages;
}
