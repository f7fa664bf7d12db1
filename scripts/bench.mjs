// `npm run bench`: prints Kelola's performance figures. Every figure is measured in this run next to
// a baseline measured the same way on the same machine, and reported with the ratio and the target.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);
const run = (label, cmd, args) => {
  if (only.length && !only.includes(label)) return true;
  console.log(`\n=== ${label} ===`);
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status === 0;
};

if (!existsSync(path.join(root, '.output/chrome-mv3/manifest.json')) || process.argv.includes('--build')) {
  spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
}
let ok = true;
ok = run('sizes', 'node', ['scripts/bench/sizes.mjs']) && ok;
ok = run('node', 'npx', ['tsx', 'scripts/bench/node.ts']) && ok;
ok = run('browser', 'npx', ['tsx', 'scripts/bench/browser.ts']) && ok;
process.exit(ok ? 0 : 1);
