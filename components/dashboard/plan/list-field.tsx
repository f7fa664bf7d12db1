import { useState } from 'react';

export function splitList(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A list typed as text ("resep, diskon, parenting" or one per line). The text is kept as typed, so a
 * trailing comma does not vanish while the user is still typing.
 */
export function ListField({
  label,
  value,
  onChange,
  multiline = false,
  testId,
  maxItem,
}: {
  label: string;
  value: readonly string[];
  onChange: (next: string[]) => void;
  multiline?: boolean;
  testId: string;
  maxItem: number;
}) {
  const sep = multiline ? /\n/ : /[,;\n]/;
  const [text, setText] = useState(() => value.join(multiline ? '\n' : ', '));
  const update = (next: string) => {
    setText(next);
    onChange(splitList(next, sep).map((s) => s.slice(0, maxItem)));
  };
  return (
    <label>
      {label}
      {multiline ? (
        <textarea data-testid={testId} rows={3} value={text} onChange={(e) => update(e.target.value)} />
      ) : (
        <input data-testid={testId} value={text} onChange={(e) => update(e.target.value)} />
      )}
    </label>
  );
}
