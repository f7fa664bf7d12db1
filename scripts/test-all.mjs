// Runs every suite (typecheck, lint, unit + DOM, build, real-browser e2e) and ends with one line
// "N passed, N failed" summing them. Exit code is non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const results = path.join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
let passed = 0;
let failed = 0;

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function step(label, cmd, args) {
  if (run(label, cmd, args)) passed += 1;
  else {
    failed += 1;
    console.log(`✖ ${label} failed`);
  }
}

function countVitest(file) {
  if (!existsSync(file)) return false;
  const j = JSON.parse(readFileSync(file, 'utf8'));
  passed += j.numPassedTests ?? 0;
  // A file that fails to load has no assertions but must still count as a failure.
  const brokenFiles = (j.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
  failed += (j.numFailedTests ?? 0) + brokenFiles;
  return true;
}

function countPlaywright(file) {
  if (!existsSync(file)) return false;
  const j = JSON.parse(readFileSync(file, 'utf8'));
  const s = j.stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  return true;
}

step('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
step('lint', 'npx', ['eslint', '.', '--max-warnings=0']);

const unitJson = path.join(results, 'unit.json');
const unitOk = run('unit and DOM tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
if (!countVitest(unitJson)) failed += 1;
else if (!unitOk && failed === 0) failed += 1;

const built = run('build (Chrome)', 'npx', ['wxt', 'build']) && run('build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']);
if (built) passed += 1;
else failed += 1;

if (!existsSync(chromium)) {
  console.log(`\n✖ Chromium not found at ${chromium}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`);
  failed += 1;
} else if (built) {
  const manifestJson = path.join(results, 'manifest.json');
  run('built-manifest tests', 'npx', ['vitest', 'run', '-c', 'tests/vitest.build.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${manifestJson}`]);
  if (!countVitest(manifestJson)) failed += 1;
  for (const [label, config, out] of [
    ['e2e (extension in Chromium)', 'tests/playwright.config.ts', 'e2e.json'],
    ['e2e (editor engines in Chromium)', 'tests/e2e-editors/playwright.config.ts', 'e2e-editors.json'],
  ]) {
    if (!existsSync(path.join(root, config))) continue;
    const file = path.join(results, out);
    run(label, 'npx', ['playwright', 'test', '-c', config, '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
    if (!countPlaywright(file)) failed += 1;
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
