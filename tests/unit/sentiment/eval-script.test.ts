import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

function run(args: string[]) {
  return spawnSync(TSX, ['scripts/eval-sentiment.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('eval-sentiment script', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kelola-eval-'));

  it('prints one JSON line of metrics and writes one prediction per input line', () => {
    const input = join(dir, 'ok.jsonl');
    const out = join(dir, 'pred.jsonl');
    writeFileSync(
      input,
      [
        { text: 'mantap banget kak, makasih 🙏', label: 'positive' },
        { text: 'barang rusak, kecewa berat 😡', label: 'negative' },
        { text: 'berapa harganya?', label: 'neutral' },
        { text: 'I love it!', label: 'positive' },
      ]
        .map((o) => JSON.stringify(o))
        .join('\n') + '\n',
    );
    const r = run([input, '--predictions', out]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const m = JSON.parse(lines[0] as string);
    expect(Object.keys(m)).toEqual(['n', 'accuracy', 'macroF1', 'perClass', 'itemsPerSecond']);
    expect(m.n).toBe(4);
    expect(m.accuracy).toBe(1);
    expect(m.perClass.neutral.support).toBe(1);
    expect(m.itemsPerSecond).toBeGreaterThan(0);
    const preds = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(preds).toEqual([{ label: 'positive' }, { label: 'negative' }, { label: 'neutral' }, { label: 'positive' }]);
  });

  it('fails with the line number of a bad line', () => {
    const input = join(dir, 'bad.jsonl');
    writeFileSync(input, '{"text":"ok","label":"neutral"}\n{"text":"x","label":"happy"}\n');
    const r = run([input]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/line 2/);
    expect(r.stdout).toBe('');
  });
});
