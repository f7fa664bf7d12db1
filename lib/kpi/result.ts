/** A formula in both UI languages, shown next to every figure. */
export interface FormulaText {
  en: string;
  id: string;
}

/**
 * One KPI figure. `value` is null ("no data") whenever an input is missing or a denominator is zero
 * or negative: a missing figure is never reported as 0.
 */
export interface KpiResult {
  /** Stable identifier of the formula variant, e.g. `er.reach`. */
  formulaId: string;
  value: number | null;
  formula: FormulaText;
  inputs: Record<string, number | null>;
}

/** Anything a caller may hold for a figure: absent, null or a number (NaN/Infinity count as absent). */
export type Input = number | null | undefined;

export function known(x: Input): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

/** `a ÷ b × scale`, null on a missing input or a denominator that is not positive. */
export function safeRatio(a: Input, b: Input, scale = 1): number | null {
  const n = known(a);
  const d = known(b);
  if (n === null || d === null || d <= 0) return null;
  return (n / d) * scale;
}

export function result(
  formulaId: string,
  value: number | null,
  formula: FormulaText,
  inputs: Record<string, Input>,
): KpiResult {
  const clean: Record<string, number | null> = {};
  for (const [k, v] of Object.entries(inputs)) clean[k] = known(v);
  return { formulaId, value: value !== null && Number.isFinite(value) ? value : null, formula, inputs: clean };
}
