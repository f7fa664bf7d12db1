// Scores the shipped tagger on a labelled JSONL file:
//   npm run eval:sentiment -- <file.jsonl> [--predictions out.jsonl] [--baselines] [--split heldout|train]
// Prints one JSON line {n, accuracy, macroF1, perClass, itemsPerSecond}; with --baselines, one more line per
// baseline library (each with a "system" field), measured in this process on the same items.
// --split keeps only the fixed English held-out (or training) part of a file, as chosen by isEnglishHeldOut.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { classify } from '../lib/sentiment';
import { clearWordCache } from '../lib/sentiment/normalize';
import type { SentimentLabel } from '../lib/sentiment/model';
import { DataError, isEnglishHeldOut, readJsonl, resolveDataPath, type Example } from './lib-sentiment-data';
import { computeMetrics, type Metrics } from './lib-sentiment-metrics';

interface Args {
  file: string;
  predictions?: string;
  baselines: boolean;
  split?: 'heldout' | 'train';
}

function usage(msg: string): never {
  console.error(`${msg}\nusage: eval-sentiment <file.jsonl> [--predictions out.jsonl] [--baselines] [--split heldout|train]`);
  process.exit(1);
}

function parseArgs(argv: readonly string[]): Args {
  let file: string | undefined;
  let predictions: string | undefined;
  let baselines = false;
  let split: Args['split'];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--predictions') {
      predictions = argv[++i];
      if (!predictions) usage('--predictions needs a file name');
    } else if (a === '--baselines') baselines = true;
    else if (a === '--split') {
      const v = argv[++i];
      if (v !== 'heldout' && v !== 'train') usage('--split must be heldout or train');
      split = v;
    } else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else if (file === undefined) file = a;
    else usage(`unexpected argument ${a}`);
  }
  if (!file) usage('missing input file');
  return { file, predictions, baselines, split };
}

// Timing starts after untimed passes (at least WARMUP_CALLS calls), so the figure reflects steady-state
// speed (the extension classifies continuously) rather than JIT compilation. The fastest of TIMED_PASSES
// passes is reported, which keeps other processes on a shared machine from deciding the figure. Kelola's
// word cache is emptied before every timed pass, so words are expanded again as on first sight.
const WARMUP_CALLS = 5000;
const TIMED_PASSES = 5;

interface Run {
  labels: SentimentLabel[];
  itemsPerSecond: number;
}

function measure(items: readonly Example[], predict: (text: string) => SentimentLabel, beforeTimedPass: () => void = () => {}): Run {
  for (let done = 0; done < WARMUP_CALLS && items.length > 0; done += items.length) {
    for (const item of items) predict(item.text);
  }
  let labels: SentimentLabel[] = [];
  let best = Infinity;
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    beforeTimedPass();
    const out: SentimentLabel[] = new Array(items.length);
    const t0 = performance.now();
    for (let i = 0; i < items.length; i++) out[i] = predict((items[i] as Example).text);
    best = Math.min(best, performance.now() - t0);
    if (pass === 0) labels = out;
  }
  return { labels, itemsPerSecond: Math.round((items.length / Math.max(best, 1e-6)) * 1000) };
}

async function measureAsync(items: readonly Example[], predict: (text: string) => Promise<SentimentLabel>): Promise<Run> {
  for (let done = 0; done < WARMUP_CALLS && items.length > 0; done += items.length) {
    for (const item of items) await predict(item.text);
  }
  let labels: SentimentLabel[] = [];
  let best = Infinity;
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    const out: SentimentLabel[] = new Array(items.length);
    const t0 = performance.now();
    for (let i = 0; i < items.length; i++) out[i] = await predict((items[i] as Example).text);
    best = Math.min(best, performance.now() - t0);
    if (pass === 0) labels = out;
  }
  return { labels, itemsPerSecond: Math.round((items.length / Math.max(best, 1e-6)) * 1000) };
}

const fromScore = (score: number): SentimentLabel => (score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral');

interface AfinnLib {
  analyze(text: string): { score: number };
}
interface NlpContainer {
  use(plugin: unknown): void;
}
interface NlpAnalyzer {
  process(input: { locale: string; text: string }): Promise<{ sentiment: { vote: string } }>;
}

async function baselines(
  items: readonly Example[],
  gold: readonly SentimentLabel[],
): Promise<Array<{ system: string } & Metrics & { itemsPerSecond: number }>> {
  const require = createRequire(import.meta.url);
  const out: Array<{ system: string } & Metrics & { itemsPerSecond: number }> = [];

  const Sentiment = require('sentiment') as new () => AfinnLib;
  const afinn = new Sentiment();
  const a = measure(items, (t) => fromScore(afinn.analyze(t).score));
  out.push({ system: 'sentiment (AFINN-165)', ...computeMetrics(gold, a.labels), itemsPerSecond: a.itemsPerSecond });

  const core = require('@nlpjs/core') as { containerBootstrap(): Promise<NlpContainer> };
  const { SentimentAnalyzer } = require('@nlpjs/sentiment') as { SentimentAnalyzer: new (s: { container: NlpContainer }) => NlpAnalyzer };
  const { LangId } = require('@nlpjs/lang-id') as { LangId: unknown };
  const container = await core.containerBootstrap();
  container.use(LangId);
  const nlp = new SentimentAnalyzer({ container });
  const votes = new Set<string>(['positive', 'neutral', 'negative']);
  const b = await measureAsync(items, async (t) => {
    const r = await nlp.process({ locale: 'id', text: t });
    return (votes.has(r.sentiment.vote) ? r.sentiment.vote : 'neutral') as SentimentLabel;
  });
  out.push({ system: '@nlpjs/sentiment + @nlpjs/lang-id (locale id)', ...computeMetrics(gold, b.labels), itemsPerSecond: b.itemsPerSecond });
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let items: Example[];
  try {
    items = readJsonl(resolveDataPath(args.file));
  } catch (e) {
    if (e instanceof DataError) {
      console.error(e.message);
      process.exit(1);
    }
    const err = e as NodeJS.ErrnoException;
    console.error(`cannot read ${args.file}: ${err.code ?? err.message}`);
    process.exit(1);
  }
  if (args.split) items = items.filter((e) => isEnglishHeldOut(e.text) === (args.split === 'heldout'));
  const gold = items.map((e) => e.label);
  const run = measure(items, (t) => classify(t).label, clearWordCache);
  const m = computeMetrics(gold, run.labels);
  console.log(JSON.stringify({ n: m.n, accuracy: m.accuracy, macroF1: m.macroF1, perClass: m.perClass, itemsPerSecond: run.itemsPerSecond }));
  if (args.predictions) writeFileSync(args.predictions, run.labels.map((l) => JSON.stringify({ label: l })).join('\n') + (run.labels.length ? '\n' : ''));
  if (args.baselines) for (const b of await baselines(items, gold)) console.log(JSON.stringify(b));
}

void main();
