import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default function globalSetup(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-editor-fixtures.mjs')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}
