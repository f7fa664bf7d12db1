/**
 * Reply-template syntax. A template body is plain text with placeholders in braces.
 *
 *   {name}            commenter display name ("Kak" / "there" when unknown)
 *   {first_name}      first word of the name, honorifics and emoji stripped ("Kak Budi 🌸" → "Budi")
 *   {handle}          commenter handle with "@"
 *   {brand} {agent}   brand name and the replying agent's name
 *   {platform}        X, Facebook, Instagram, LinkedIn, YouTube, TikTok or Threads
 *   {date}            long date in the template's language ("23 November 2026" / "November 23, 2026")
 *   {date:short}      23/11/2026 (id) or 11/23/2026 (en);  {date:iso} 2026-11-23;  {date:long}
 *   {time}            14:05 (id) or 2:05 PM (en);  {time:24h}  {time:12h}  {time:iso} (= 24h)
 *   {day}             weekday ("Senin" / "Monday");  {day:short} ("Sen" / "Mon")
 *   {greeting}        Selamat pagi/siang/sore/malam, Good morning/afternoon/evening
 *
 * Offsets follow date, time and day: `{date+3d}`, `{date-1d}`, `{date+2w}`, `{date+1m:short}`,
 * `{time+2h}`, `{time+30min}`, `{day+1d}`. Units: `min`, `h`, `d`, `w`, `m` (months), `y`.
 * Hours and minutes move the instant; days, weeks, months and years move the calendar date in the
 * time zone (so `+1d` is "same wall-clock time tomorrow" even across a DST change, and
 * `31 January +1m` is the last day of February).
 *
 * Custom variables:
 *   {order_id}                 value from the caller's custom map; unknown when absent
 *   {order_id|nomor pesanan}   same, with fallback text when absent (also works on built-ins:
 *                              `{brand|kami}`, `{first_name|Kak}`)
 *   {?order_id}                ask the user for a value before inserting
 *   {?order_id:Nomor pesanan}  same, with the label shown in the prompt
 * A prompted name may also be used without `?` elsewhere in the body (`{order_id}`) and gets the
 * same value. Built-in names cannot be prompted for.
 *
 * Names are ASCII letters, digits and `_`, case-insensitive. Whitespace inside braces is ignored.
 * `{{` and `}}` are literal braces. A `{` with no closing brace on the same line (within
 * MAX_PLACEHOLDER_LENGTH characters) is literal text and produces a warning. A `{…}` whose content
 * is not a valid placeholder is kept as literal text, reported as a warning, and counted as an
 * unknown variable so the reply is not sent with a typo like `{first name}` in it; write
 * `{{first name}}` to mean the braces literally.
 *
 * Parsing is a single left-to-right scan: linear in the body length, no regular expressions over
 * the body.
 */

export const BUILTIN_VARIABLES = [
  'name',
  'first_name',
  'handle',
  'brand',
  'agent',
  'platform',
  'date',
  'time',
  'day',
  'greeting',
] as const;
export type BuiltinVariable = (typeof BUILTIN_VARIABLES)[number];

const BUILTIN_SET: ReadonlySet<string> = new Set(BUILTIN_VARIABLES);

export function isBuiltinVariable(name: string): name is BuiltinVariable {
  return BUILTIN_SET.has(name);
}

export const OFFSET_UNITS = ['min', 'h', 'd', 'w', 'm', 'y'] as const;
export type OffsetUnit = (typeof OFFSET_UNITS)[number];
const OFFSET_UNIT_SET: ReadonlySet<string> = new Set(OFFSET_UNITS);

export interface Offset {
  /** Signed amount. */
  amount: number;
  unit: OffsetUnit;
}

/** Formats accepted after `:` for each built-in that takes one. */
export const VARIABLE_FORMATS: Readonly<Partial<Record<BuiltinVariable, readonly string[]>>> = {
  date: ['long', 'short', 'iso'],
  time: ['24h', '12h', 'iso'],
  day: ['long', 'short'],
};

const OFFSET_VARIABLES: ReadonlySet<string> = new Set(['date', 'time', 'day']);

/** Longest text between `{` and `}` treated as a placeholder. */
export const MAX_PLACEHOLDER_LENGTH = 200;
const MAX_NAME_LENGTH = 64;
const MAX_OFFSET_DIGITS = 4;

export type InvalidReason =
  | 'empty'
  | 'bad-syntax'
  | 'bad-name'
  | 'bad-offset'
  | 'bad-format'
  | 'reserved-prompt';

export interface VariableToken {
  kind: 'variable';
  /** Lower-cased. */
  name: string;
  builtin: boolean;
  offsets: Offset[];
  /** Lower-cased, or null for the default format. */
  format: string | null;
  /** Text after `|`, trimmed; null when there is no `|`. */
  fallback: string | null;
  /** The placeholder as written, braces included. */
  raw: string;
  start: number;
}

export interface PromptToken {
  kind: 'prompt';
  name: string;
  label: string | null;
  raw: string;
  start: number;
}

export interface InvalidToken {
  kind: 'invalid';
  /** Text between the braces, trimmed. */
  content: string;
  reason: InvalidReason;
  raw: string;
  start: number;
}

export interface TextToken {
  kind: 'text';
  text: string;
}

export type TemplateToken = TextToken | VariableToken | PromptToken | InvalidToken;

export type ParseWarningCode = 'unclosed-brace' | 'stray-close-brace' | 'invalid-placeholder';

export interface ParseWarning {
  code: ParseWarningCode;
  /** UTF-16 offset in the body. */
  index: number;
  /** The offending text, at most a few dozen characters. */
  text: string;
  reason?: InvalidReason;
}

export interface PromptSpec {
  name: string;
  label: string | null;
}

export interface ParsedTemplate {
  tokens: TemplateToken[];
  /** Distinct variable names used (built-in and custom, prompts included), in order of first use. */
  variables: string[];
  /** Values to ask the user for, one per name, in order of first use. */
  prompts: PromptSpec[];
  warnings: ParseWarning[];
}

const OPEN = 123; // {
const CLOSE = 125; // }
const NEWLINE = 10;
const CR = 13;

function excerpt(body: string, start: number): string {
  return body.slice(start, start + 40);
}

export function parseTemplate(body: string): ParsedTemplate {
  const tokens: TemplateToken[] = [];
  const warnings: ParseWarning[] = [];
  let text = '';
  let textStart = 0;
  let i = 0;
  const n = body.length;

  const flushUpTo = (end: number): void => {
    if (end > textStart) text += body.slice(textStart, end);
  };
  const pushText = (): void => {
    if (text.length > 0) {
      tokens.push({ kind: 'text', text });
      text = '';
    }
  };

  while (i < n) {
    const c = body.charCodeAt(i);
    if (c === OPEN) {
      if (body.charCodeAt(i + 1) === OPEN) {
        flushUpTo(i);
        text += '{';
        i += 2;
        textStart = i;
        continue;
      }
      // Find the closing brace, giving up at another `{`, a line break or the length cap so the
      // scan stays linear: each character is looked at by at most two scans.
      let j = i + 1;
      const limit = Math.min(n, i + 1 + MAX_PLACEHOLDER_LENGTH + 1);
      let closed = false;
      while (j < limit) {
        const d = body.charCodeAt(j);
        if (d === CLOSE) {
          closed = true;
          break;
        }
        if (d === OPEN || d === NEWLINE || d === CR) break;
        j++;
      }
      if (!closed) {
        warnings.push({ code: 'unclosed-brace', index: i, text: excerpt(body, i) });
        i += 1;
        continue;
      }
      flushUpTo(i);
      textStart = j + 1;
      const raw = body.slice(i, j + 1);
      const token = parsePlaceholder(body.slice(i + 1, j), raw, i);
      if (token.kind === 'invalid') {
        warnings.push({ code: 'invalid-placeholder', index: i, text: raw.slice(0, 40), reason: token.reason });
      }
      pushText();
      tokens.push(token);
      i = j + 1;
      continue;
    }
    if (c === CLOSE) {
      if (body.charCodeAt(i + 1) === CLOSE) {
        flushUpTo(i);
        text += '}';
        i += 2;
        textStart = i;
        continue;
      }
      warnings.push({ code: 'stray-close-brace', index: i, text: excerpt(body, Math.max(0, i - 20)) });
    }
    i++;
  }
  flushUpTo(n);
  pushText();

  const variables: string[] = [];
  const seenVar = new Set<string>();
  const prompts: PromptSpec[] = [];
  const promptIndex = new Map<string, number>();
  for (const t of tokens) {
    if (t.kind === 'variable' || t.kind === 'prompt') {
      if (!seenVar.has(t.name)) {
        seenVar.add(t.name);
        variables.push(t.name);
      }
    }
    if (t.kind === 'prompt') {
      const at = promptIndex.get(t.name);
      if (at === undefined) {
        promptIndex.set(t.name, prompts.length);
        prompts.push({ name: t.name, label: t.label });
      } else if (prompts[at]!.label === null && t.label !== null) {
        prompts[at] = { name: t.name, label: t.label };
      }
    }
  }
  return { tokens, variables, prompts, warnings };
}

/** Text that renders as itself: every brace doubled. */
export function escapeTemplateText(text: string): string {
  return text.replace(/[{}]/g, (c) => c + c);
}

function isWs(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

function isNameChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
  );
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function invalid(content: string, reason: InvalidReason, raw: string, start: number): InvalidToken {
  return { kind: 'invalid', content, reason, raw, start };
}

function validName(name: string): boolean {
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) return false;
  for (let k = 0; k < name.length; k++) if (!isNameChar(name.charCodeAt(k))) return false;
  return true;
}

function parsePlaceholder(inner: string, raw: string, start: number): TemplateToken {
  const content = inner.trim();
  if (content.length === 0) return invalid(content, 'empty', raw, start);

  if (content.charCodeAt(0) === 63 /* ? */) {
    const rest = content.slice(1);
    const colon = rest.indexOf(':');
    const namePart = (colon < 0 ? rest : rest.slice(0, colon)).trim();
    const labelPart = colon < 0 ? '' : rest.slice(colon + 1).trim();
    if (!validName(namePart)) return invalid(content, 'bad-name', raw, start);
    const name = namePart.toLowerCase();
    if (isBuiltinVariable(name)) return invalid(content, 'reserved-prompt', raw, start);
    return { kind: 'prompt', name, label: labelPart.length > 0 ? labelPart : null, raw, start };
  }

  const bar = content.indexOf('|');
  const head = bar < 0 ? content : content.slice(0, bar);
  const fallback = bar < 0 ? null : content.slice(bar + 1).trim();

  let k = 0;
  const m = head.length;
  const skipWs = (): void => {
    while (k < m && isWs(head.charCodeAt(k))) k++;
  };
  skipWs();
  const nameStart = k;
  while (k < m && isNameChar(head.charCodeAt(k))) k++;
  const rawName = head.slice(nameStart, k);
  if (!validName(rawName)) return invalid(content, 'bad-name', raw, start);
  const name = rawName.toLowerCase();
  skipWs();

  const offsets: Offset[] = [];
  while (k < m) {
    const sign = head.charCodeAt(k);
    if (sign !== 43 /* + */ && sign !== 45 /* - */) break;
    k++;
    skipWs();
    const digitsStart = k;
    while (k < m && head.charCodeAt(k) >= 48 && head.charCodeAt(k) <= 57) k++;
    const digits = head.slice(digitsStart, k);
    // "{nama-depan}" is a mistyped name, "{date+12345d}" a mistyped offset.
    if (digits.length === 0) return invalid(content, 'bad-syntax', raw, start);
    if (digits.length > MAX_OFFSET_DIGITS) return invalid(content, 'bad-offset', raw, start);
    skipWs();
    const unitStart = k;
    while (k < m && isLetter(head.charCodeAt(k))) k++;
    const unit = head.slice(unitStart, k).toLowerCase();
    if (!OFFSET_UNIT_SET.has(unit)) return invalid(content, 'bad-offset', raw, start);
    const amount = Number(digits) * (sign === 45 ? -1 : 1);
    offsets.push({ amount, unit: unit as OffsetUnit });
    skipWs();
  }

  let format: string | null = null;
  if (k < m && head.charCodeAt(k) === 58 /* : */) {
    k++;
    skipWs();
    const fStart = k;
    while (k < m && isNameChar(head.charCodeAt(k))) k++;
    format = head.slice(fStart, k).toLowerCase();
    if (format.length === 0) return invalid(content, 'bad-format', raw, start);
    skipWs();
  }
  if (k < m) return invalid(content, 'bad-syntax', raw, start);

  const builtin = isBuiltinVariable(name);
  if (offsets.length > 0 && !OFFSET_VARIABLES.has(name)) return invalid(content, 'bad-offset', raw, start);
  if (format !== null) {
    const allowed = builtin ? VARIABLE_FORMATS[name as BuiltinVariable] : undefined;
    if (!allowed || !allowed.includes(format)) return invalid(content, 'bad-format', raw, start);
  }
  return { kind: 'variable', name, builtin, offsets, format, fallback, raw, start };
}
