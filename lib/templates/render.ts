import type { Lang, Platform } from '../models';
import {
  DEFAULT_TIME_ZONE,
  formatDate,
  formatTime,
  formatWeekday,
  greetingFor,
  isValidTimeZone,
  shiftedWallClock,
} from './dates';
import { DEFAULT_NAME, PLATFORM_DISPLAY_NAMES, firstName, formatHandle } from './names';
import {
  parseTemplate,
  type BuiltinVariable,
  type ParseWarning,
  type ParsedTemplate,
  type PromptSpec,
  type VariableToken,
} from './parse';

export interface RenderContext {
  /** The template's language: decides date words, time style, greeting and name default. */
  lang: Lang;
  /** Milliseconds since the epoch. */
  now: number;
  /** IANA zone; Asia/Jakarta when empty or unknown to Intl (with a warning). */
  timeZone: string;
  name?: string;
  handle?: string;
  brand?: string;
  agent?: string;
  platform?: Platform;
  custom?: Record<string, string>;
  promptValues?: Record<string, string>;
}

export type RenderWarning =
  | ParseWarning
  | { code: 'bad-time-zone'; timeZone: string }
  | { code: 'bad-now' };

export interface RenderResult {
  text: string;
  /**
   * Custom variables with no value and no fallback, plus placeholders that are not valid syntax
   * (their trimmed content). Insertion should be refused while this is non-empty.
   */
  unknown: string[];
  /**
   * Known variables and prompts without a value; they render as empty text. `{name}` and
   * `{first_name}` are never missing: they fall back to "Kak" / "there".
   */
  missing: string[];
  prompts: PromptSpec[];
  warnings: RenderWarning[];
}

function own(record: Record<string, string> | undefined, key: string): string | undefined {
  if (record === null || typeof record !== 'object') return undefined;
  if (!Object.prototype.hasOwnProperty.call(record, key)) return undefined;
  const v: unknown = record[key];
  return typeof v === 'string' ? v : undefined;
}

function nonBlank(v: string | undefined): string | null {
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t.length > 0 ? t : null;
}

/** "Kak " / "kakak " right before the placeholder: the honorific is already written. */
const HONORIFIC_BEFORE = /(?:^|[^\p{L}\p{N}])(?:kak|kakak|ka)[ \t]+$/iu;
const STARTS_WITH_SPACE_OR_PUNCT = /^[ \t,.!?;:…)\]]/u;

function tailOf(out: readonly string[], length: number): string {
  let s = '';
  for (let j = out.length - 1; j >= 0 && s.length < length; j--) s = out[j]!.slice(-length) + s;
  return s.slice(-length);
}

function trimTrailingSpaces(out: string[]): void {
  for (let j = out.length - 1; j >= 0; j--) {
    const part = out[j]!;
    let end = part.length;
    while (end > 0 && (part.charCodeAt(end - 1) === 32 || part.charCodeAt(end - 1) === 9)) end--;
    const trimmed = part.slice(0, end);
    out[j] = trimmed;
    if (trimmed.length > 0) return;
  }
}

export function renderTemplate(body: string, ctx: RenderContext): RenderResult {
  return renderParsed(parseTemplate(typeof body === 'string' ? body : ''), ctx);
}

export function renderParsed(parsed: ParsedTemplate, ctx: RenderContext): RenderResult {
  const lang: Lang = ctx.lang === 'en' ? 'en' : 'id';
  const warnings: RenderWarning[] = [...parsed.warnings];
  let timeZone = DEFAULT_TIME_ZONE;
  if (typeof ctx.timeZone === 'string' && ctx.timeZone.length > 0) {
    if (isValidTimeZone(ctx.timeZone)) timeZone = ctx.timeZone;
    else warnings.push({ code: 'bad-time-zone', timeZone: String(ctx.timeZone).slice(0, 100) });
  }
  const nowOk = typeof ctx.now === 'number' && Number.isFinite(ctx.now) && Math.abs(ctx.now) <= 8.64e15;
  if (!nowOk) warnings.push({ code: 'bad-now' });

  const prompted = new Set(parsed.prompts.map((p) => p.name));
  const unknown = new Set<string>();
  const missing = new Set<string>();
  const timeCache = new Map<string, string>();

  const timeValue = (t: VariableToken): string | null => {
    if (!nowOk) return null;
    const key = `${t.name}|${t.format ?? ''}|${t.offsets.map((o) => `${o.amount}${o.unit}`).join(',')}`;
    const cached = timeCache.get(key);
    if (cached !== undefined) return cached;
    const w = shiftedWallClock(ctx.now, timeZone, t.offsets);
    let v: string;
    switch (t.name) {
      case 'date':
        v = formatDate(w, lang, t.format);
        break;
      case 'time':
        v = formatTime(w, lang, t.format);
        break;
      case 'day':
        v = formatWeekday(w, lang, t.format);
        break;
      default:
        v = greetingFor(lang, w.hour);
    }
    timeCache.set(key, v);
    return v;
  };

  const builtinValue = (t: VariableToken): string | null => {
    switch (t.name as BuiltinVariable) {
      case 'name':
        return nonBlank(ctx.name);
      case 'first_name': {
        const n = nonBlank(ctx.name);
        return n === null ? null : firstName(n);
      }
      case 'handle':
        return typeof ctx.handle === 'string' ? formatHandle(ctx.handle) : null;
      case 'brand':
        return nonBlank(ctx.brand);
      case 'agent':
        return nonBlank(ctx.agent);
      case 'platform':
        return typeof ctx.platform === 'string' && Object.prototype.hasOwnProperty.call(PLATFORM_DISPLAY_NAMES, ctx.platform)
          ? PLATFORM_DISPLAY_NAMES[ctx.platform]
          : null;
      case 'date':
      case 'time':
      case 'day':
      case 'greeting':
        return timeValue(t);
    }
  };

  const out: string[] = [];
  let lastWasEmpty = false;

  for (const token of parsed.tokens) {
    if (token.kind === 'text') {
      if (lastWasEmpty && STARTS_WITH_SPACE_OR_PUNCT.test(token.text)) trimTrailingSpaces(out);
      out.push(token.text);
      lastWasEmpty = false;
      continue;
    }
    let value: string;
    if (token.kind === 'invalid') {
      unknown.add(token.content.length > 0 ? token.content : token.raw);
      value = token.raw;
    } else if (token.kind === 'prompt') {
      const v = nonBlank(own(ctx.promptValues, token.name));
      if (v === null) missing.add(token.name);
      value = v ?? '';
    } else if (token.builtin) {
      const v = builtinValue(token);
      if (v !== null) value = v;
      else if (token.fallback !== null) value = token.fallback;
      else if (token.name === 'name' || token.name === 'first_name') {
        value = lang === 'id' && HONORIFIC_BEFORE.test(tailOf(out, 12)) ? '' : DEFAULT_NAME[lang];
      } else {
        missing.add(token.name);
        value = '';
      }
    } else if (prompted.has(token.name)) {
      const v = nonBlank(own(ctx.promptValues, token.name));
      if (v !== null) value = v;
      else if (token.fallback !== null) value = token.fallback;
      else {
        missing.add(token.name);
        value = '';
      }
    } else {
      const v = nonBlank(own(ctx.custom, token.name));
      if (v !== null) value = v;
      else if (token.fallback !== null) value = token.fallback;
      else {
        unknown.add(token.name);
        value = token.raw;
      }
    }
    out.push(value);
    lastWasEmpty = value.length === 0;
  }
  if (lastWasEmpty) trimTrailingSpaces(out);

  return {
    text: out.join(''),
    unknown: [...unknown],
    missing: [...missing],
    prompts: parsed.prompts.map((p) => ({ ...p })),
    warnings,
  };
}
