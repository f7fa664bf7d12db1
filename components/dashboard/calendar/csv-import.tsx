import { useRef, useState } from 'react';
import {
  PLAN_CSV_TEMPLATE,
  PLAN_FIELDS,
  REQUIRED_PLAN_FIELDS,
  guessMapping,
  isWarning,
  missingRequiredFields,
  parsePlanCsv,
  rejectionMessage,
  validatePlanRowsChunked,
  type CsvRow,
  type PlanMapping,
  type PlanValidation,
} from '@/lib/calendar';
import type { Campaign } from '@/lib/models';
import { importPlanPosts } from '@/lib/services/calendar';
import { useLang, useT } from '../../app-context';
import { downloadText } from '../../ui/download';

const PREVIEW_ROWS = 5;
const MAX_LISTED = 200;

type Step =
  | { kind: 'choose' }
  | { kind: 'map'; fileName: string; headers: string[]; rows: CsvRow[]; mapping: PlanMapping; structural: number }
  | { kind: 'checking'; done: number; total: number }
  | { kind: 'review'; result: PlanValidation }
  | { kind: 'writing'; done: number; total: number }
  | { kind: 'done'; count: number };

/**
 * Plan CSV import: header mapping with a preview, validation in chunks with progress, a rejection
 * list (row number and reason in the user's language), then one write. Cancel at any step writes nothing.
 */
export function CsvImport({
  timeZone,
  campaigns,
  pillars,
  onImported,
  onClose,
}: {
  timeZone: string;
  campaigns: readonly Campaign[];
  pillars: readonly string[];
  onImported: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const fmt = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US');

  async function onFile(file: File | undefined) {
    setError(null);
    if (!file) return;
    const text = await file.text();
    const parsed = parsePlanCsv(text);
    if (parsed.headers.length === 0 || parsed.rows.length === 0) {
      setError(t('calendar.import.emptyFile'));
      return;
    }
    setStep({ kind: 'map', fileName: file.name, headers: parsed.headers, rows: parsed.rows, mapping: guessMapping(parsed.headers), structural: parsed.errors.length });
  }

  async function check(s: Extract<Step, { kind: 'map' }>) {
    const controller = new AbortController();
    abort.current = controller;
    setStep({ kind: 'checking', done: 0, total: s.rows.length });
    try {
      const result = await validatePlanRowsChunked(
        s.rows,
        s.mapping,
        { timeZone, campaigns, pillars: pillars.length > 0 ? pillars : undefined, now: Date.now() },
        (done, total) => setStep({ kind: 'checking', done, total }),
        { signal: controller.signal, chunkSize: 1000 },
      );
      if (!controller.signal.aborted) setStep({ kind: 'review', result });
    } catch (err) {
      if (!controller.signal.aborted) setError(String((err as Error).message));
    }
  }

  async function write(result: PlanValidation) {
    const total = result.valid.length;
    setStep({ kind: 'writing', done: 0, total });
    try {
      await importPlanPosts(
        result.valid.map((r) => r.post),
        Date.now(),
        (done) => setStep({ kind: 'writing', done, total }),
      );
      setStep({ kind: 'done', count: total });
      onImported();
    } catch (err) {
      setError(t('calendar.import.writeFailed', (err as Error).message));
      setStep({ kind: 'review', result });
    }
  }

  function cancel() {
    abort.current?.abort();
    setStep({ kind: 'choose' });
    setError(null);
    onClose();
  }

  const progress = (done: number, total: number, label: string) => (
    <div className="stack" data-testid="plan-import-progress">
      <span>
        {label} {fmt.format(done)}/{fmt.format(total)}
      </span>
      <progress className="progress" max={Math.max(total, 1)} value={done} />
    </div>
  );

  return (
    <section className="stack card" data-testid="plan-import" aria-labelledby="plan-import-h">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="plan-import-h">{t('calendar.import.title')}</h2>
        <button type="button" data-testid="plan-template" onClick={() => downloadText('kelola-plan-template.csv', `\ufeff${PLAN_CSV_TEMPLATE}\r\n`, 'text/csv')}>
          {t('calendar.import.template')}
        </button>
      </div>
      <p className="muted">{t('calendar.import.help')}</p>
      {step.kind === 'choose' && (
        <label>
          {t('calendar.import.choose')}
          <input type="file" accept=".csv,text/csv" data-testid="plan-import-file" onChange={(e) => void onFile(e.target.files?.[0])} />
        </label>
      )}
      {step.kind === 'map' && <MappingStep step={step} onChange={(mapping) => setStep({ ...step, mapping })} onCheck={() => void check(step)} />}
      {step.kind === 'checking' && progress(step.done, step.total, t('calendar.import.checking'))}
      {step.kind === 'writing' && progress(step.done, step.total, t('calendar.import.writing'))}
      {step.kind === 'review' && (
        <div className="stack" data-testid="plan-import-review">
          <p data-testid="plan-import-summary">
            {t('calendar.import.summary', fmt.format(step.result.valid.length), fmt.format(step.result.rejected.length), fmt.format(step.result.skipped.length))}
          </p>
          {step.result.rejected.length > 0 && (
            <div className="stack">
              <strong>{t('calendar.import.rejectedTitle')}</strong>
              <ul className="list reject-list" data-testid="plan-rejects">
                {step.result.rejected.slice(0, MAX_LISTED).map((r) => (
                  <li key={r.rowNumber} data-testid="plan-reject" data-row={r.rowNumber}>
                    <strong>{t('calendar.import.row', r.rowNumber)}</strong>: {r.reasons.map((x) => rejectionMessage(x, lang)).join(' ')}
                  </li>
                ))}
              </ul>
              {step.result.rejected.length > MAX_LISTED && <p className="muted">{t('calendar.import.more', fmt.format(step.result.rejected.length - MAX_LISTED))}</p>}
            </div>
          )}
          {step.result.valid.some((v) => v.warnings.length > 0) && (
            <details>
              <summary>{t('calendar.import.warningsTitle')}</summary>
              <ul className="list reject-list" data-testid="plan-warnings">
                {step.result.valid
                  .filter((v) => v.warnings.length > 0)
                  .slice(0, MAX_LISTED)
                  .map((v) => (
                    <li key={v.rowNumber}>
                      <strong>{t('calendar.import.row', v.rowNumber)}</strong>: {v.warnings.filter(isWarning).map((x) => rejectionMessage(x, lang)).join(' ')}
                    </li>
                  ))}
              </ul>
            </details>
          )}
          <div className="row">
            <button className="primary" type="button" data-testid="plan-import-confirm" disabled={step.result.valid.length === 0} onClick={() => void write(step.result)}>
              {t('calendar.import.confirm', fmt.format(step.result.valid.length))}
            </button>
          </div>
        </div>
      )}
      {step.kind === 'done' && (
        <p className="notice" role="status" data-testid="plan-import-done">
          {t('calendar.import.done', fmt.format(step.count))}
        </p>
      )}
      {error && (
        <p className="error" role="alert" data-testid="plan-import-error">
          {error}
        </p>
      )}
      <div className="row">
        {step.kind !== 'done' ? (
          <button type="button" data-testid="plan-import-cancel" onClick={cancel} disabled={step.kind === 'writing'}>
            {t('common.cancel')}
          </button>
        ) : (
          <button type="button" data-testid="plan-import-close" onClick={cancel}>
            {t('common.close')}
          </button>
        )}
      </div>
    </section>
  );
}

function MappingStep({ step, onChange, onCheck }: { step: Extract<Step, { kind: 'map' }>; onChange: (m: PlanMapping) => void; onCheck: () => void }) {
  const t = useT();
  const missing = missingRequiredFields(step.mapping);
  const preview = step.rows.slice(0, PREVIEW_ROWS);
  return (
    <div className="stack" data-testid="plan-import-mapping">
      <p>{t('calendar.import.file', step.fileName, step.rows.length)}</p>
      {step.structural > 0 && <p className="notice">{t('calendar.import.structural', step.structural)}</p>}
      <div className="row">
        {PLAN_FIELDS.map((field) => (
          <label key={field}>
            {t(`calendar.import.field.${field}`)}
            {REQUIRED_PLAN_FIELDS.includes(field) ? ' *' : ''}
            <select
              data-testid={`map-${field}`}
              value={step.mapping[field] ?? ''}
              onChange={(e) => {
                const next = { ...step.mapping };
                if (e.target.value === '') delete next[field];
                else next[field] = Number(e.target.value);
                onChange(next);
              }}
            >
              <option value="">{t('calendar.import.notMapped')}</option>
              {step.headers.map((h, i) => (
                <option key={i} value={i}>
                  {h || t('calendar.import.column', i + 1)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <table data-testid="plan-import-preview">
        <thead>
          <tr>
            <th>#</th>
            {PLAN_FIELDS.map((f) => (
              <th key={f}>{t(`calendar.import.field.${f}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.map((r) => (
            <tr key={r.rowNumber}>
              <td>{r.rowNumber}</td>
              {PLAN_FIELDS.map((f) => {
                const idx = step.mapping[f];
                const cell = idx === undefined ? '' : (r.cells[idx] ?? '');
                return (
                  <td key={f} className="excerpt">
                    {cell.length > 80 ? `${cell.slice(0, 79)}…` : cell}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {missing.length > 0 && (
        <p className="error" role="alert" data-testid="plan-import-missing">
          {t('calendar.import.missing', missing.map((f) => t(`calendar.import.field.${f}`)).join(', '))}
        </p>
      )}
      <button className="primary" type="button" data-testid="plan-import-check" disabled={missing.length > 0} onClick={onCheck}>
        {t('calendar.import.check')}
      </button>
    </div>
  );
}
