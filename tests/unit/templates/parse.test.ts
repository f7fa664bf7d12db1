import { describe, expect, it } from 'vitest';
import { MAX_PLACEHOLDER_LENGTH, parseTemplate, type TemplateToken } from '../../../lib/templates';

function kinds(tokens: TemplateToken[]): string[] {
  return tokens.map((t) => (t.kind === 'text' ? `text:${t.text}` : t.kind === 'invalid' ? `invalid:${t.reason}` : `${t.kind}:${t.name}`));
}

describe('parseTemplate', () => {
  it('splits text and variables', () => {
    const p = parseTemplate('Halo {name}, pesanan {order_id} siap.');
    expect(kinds(p.tokens)).toEqual(['text:Halo ', 'variable:name', 'text:, pesanan ', 'variable:order_id', 'text: siap.']);
    expect(p.variables).toEqual(['name', 'order_id']);
    expect(p.warnings).toEqual([]);
  });

  it('is case-insensitive and tolerates whitespace inside braces', () => {
    const p = parseTemplate('{ First_Name }{DATE + 3d : SHORT}{ order_id | nomor  pesanan }');
    const [a, b, c] = p.tokens;
    expect(a).toMatchObject({ kind: 'variable', name: 'first_name', builtin: true, offsets: [], format: null, fallback: null });
    expect(b).toMatchObject({ kind: 'variable', name: 'date', offsets: [{ amount: 3, unit: 'd' }], format: 'short' });
    expect(c).toMatchObject({ kind: 'variable', name: 'order_id', builtin: false, fallback: 'nomor  pesanan' });
  });

  it('reads chained offsets with their signs', () => {
    const [t] = parseTemplate('{date+1m-2d+1y:iso}').tokens;
    expect(t).toMatchObject({
      kind: 'variable',
      offsets: [
        { amount: 1, unit: 'm' },
        { amount: -2, unit: 'd' },
        { amount: 1, unit: 'y' },
      ],
      format: 'iso',
    });
    expect(parseTemplate('{time+30min}').tokens[0]).toMatchObject({ offsets: [{ amount: 30, unit: 'min' }] });
  });

  it('lists prompts once each, keeping the first label given', () => {
    const p = parseTemplate('{?order_id} {?Note:Catatan} {order_id} {?order_id: Nomor pesanan }');
    expect(p.prompts).toEqual([
      { name: 'order_id', label: 'Nomor pesanan' },
      { name: 'note', label: 'Catatan' },
    ]);
    expect(p.variables).toEqual(['order_id', 'note']);
  });

  it('turns doubled braces into literal braces', () => {
    const p = parseTemplate('{{name}} and }} and {{');
    expect(kinds(p.tokens)).toEqual(['text:{name} and } and {']);
    expect(p.warnings).toEqual([]);
    expect(kinds(parseTemplate('{{{name}}}').tokens)).toEqual(['text:{', 'variable:name', 'text:}']);
  });

  it('keeps an unclosed brace as text and warns', () => {
    const p = parseTemplate('Diskon {hari ini\n{name}');
    expect(kinds(p.tokens)).toEqual(['text:Diskon {hari ini\n', 'variable:name']);
    expect(p.warnings).toEqual([{ code: 'unclosed-brace', index: 7, text: 'Diskon {hari ini\n{name}'.slice(7, 47) }]);
    expect(parseTemplate('a { b').warnings.map((w) => w.code)).toEqual(['unclosed-brace']);
    expect(parseTemplate('{a{name}').tokens.map((t) => t.kind)).toEqual(['text', 'variable']);
  });

  it('warns about a stray closing brace but keeps it', () => {
    const p = parseTemplate('senyum :} ya');
    expect(kinds(p.tokens)).toEqual(['text:senyum :} ya']);
    expect(p.warnings.map((w) => w.code)).toEqual(['stray-close-brace']);
  });

  it.each([
    ['{}', 'empty'],
    ['{   }', 'empty'],
    ['{first name}', 'bad-syntax'],
    ['{nama-depan}', 'bad-syntax'],
    ['{nàme}', 'bad-syntax'],
    ['{àb}', 'bad-name'],
    ['{date+3x}', 'bad-offset'],
    ['{date+d}', 'bad-syntax'],
    ['{date+12345d}', 'bad-offset'],
    ['{name+1d}', 'bad-offset'],
    ['{order_id+1d}', 'bad-offset'],
    ['{date:fancy}', 'bad-format'],
    ['{name:upper}', 'bad-format'],
    ['{order_id:short}', 'bad-format'],
    ['{date:}', 'bad-format'],
    ['{?}', 'bad-name'],
    ['{?first name}', 'bad-name'],
    ['{?name}', 'reserved-prompt'],
    ['{?date:Tanggal}', 'reserved-prompt'],
  ])('%s is an invalid placeholder (%s)', (body, reason) => {
    const p = parseTemplate(body);
    expect(p.tokens).toHaveLength(1);
    expect(p.tokens[0]).toMatchObject({ kind: 'invalid', reason, raw: body });
    expect(p.warnings).toEqual([expect.objectContaining({ code: 'invalid-placeholder', reason })]);
  });

  it('treats over-long brace content as literal text', () => {
    const long = `{${'a'.repeat(MAX_PLACEHOLDER_LENGTH + 1)}}`;
    const p = parseTemplate(long);
    expect(p.tokens.map((t) => t.kind)).toEqual(['text']);
    expect(p.warnings.map((w) => w.code)).toEqual(['unclosed-brace', 'stray-close-brace']);
    const fits = `{x|${'b'.repeat(MAX_PLACEHOLDER_LENGTH - 2)}}`;
    expect(parseTemplate(fits).tokens[0]).toMatchObject({ kind: 'variable', name: 'x' });
  });

  it('names that look like object internals are ordinary names', () => {
    const p = parseTemplate('{constructor}{__proto__}{?prototype}');
    expect(p.variables).toEqual(['constructor', '__proto__', 'prototype']);
    expect(p.prompts).toEqual([{ name: 'prototype', label: null }]);
  });
});
