// Trains Kelola's sentiment weights: `npm run train:sentiment [-- --id <smsa-train.jsonl> --en <vader.jsonl> --out <file>]`.
// Indonesian: all of SmSA train. English: the VADER tweets outside the fixed held-out split (see
// isEnglishHeldOut), which eval-sentiment can score separately with `--split heldout`.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DataError, REPO_ROOT, isEnglishHeldOut, readJsonl, resolveDataPath } from './lib-sentiment-data';
import { trainWeights } from './lib-sentiment-train';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  return v ?? fallback;
}

function main(): void {
  const idPath = resolveDataPath(arg('--id', 'id-smsa-train.jsonl'));
  const enPath = resolveDataPath(arg('--en', 'en-vader-tweets.jsonl'));
  const out = resolve(process.cwd(), arg('--out', resolve(REPO_ROOT, 'lib/sentiment/weights.json')));
  const id = readJsonl(idPath);
  const en = readJsonl(enPath).filter((e) => !isEnglishHeldOut(e.text));
  const started = Date.now();
  const weights = trainWeights({ id, en });
  const json = JSON.stringify(weights);
  writeFileSync(out, json + '\n');
  const count = (k: string) => (k ? k.split('|').length : 0);
  console.log(
    JSON.stringify({
      out,
      trainItems: { id: id.length, en: en.length },
      features: { id: count(weights.models.id.keys), en: count(weights.models.en.keys) },
      bytes: json.length,
      gzipBytes: gzipSync(json, { level: 9 }).length,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    }),
  );
}

try {
  main();
} catch (e) {
  if (e instanceof DataError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
