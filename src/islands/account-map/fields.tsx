import type { ComponentChildren } from 'preact';
import type { Basis, SectionLink } from '../../lib/account-map/view.ts';
import type { T } from '../quiz/strings.ts';

/* Small form pieces the account-map editor repeats. Inputs are wrapped in their label, so every field has a name. */

const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;

export function TextField({ label, text, onText, long = false, type = 'text', max = 500, hint }: { label: string; text: string; onText: (v: string) => void; long?: boolean; type?: 'text' | 'date'; max?: number; hint?: string }) {
  return (
    <label class="am-field">
      <span class="am-label">{label}</span>
      {hint && <span class="am-hint">{hint}</span>}
      {long ? <textarea rows={2} maxLength={max} value={text} onInput={(e) => onText(value(e))} /> : <input type={type} maxLength={type === 'text' ? max : undefined} value={text} onInput={(e) => onText(value(e))} />}
    </label>
  );
}

export function Select({ label, current, options, onPick, none }: { label: string; current: string; options: readonly { id: string; label: string }[]; onPick: (id: string) => void; none: string }) {
  return (
    <label class="am-field">
      <span class="am-label">{label}</span>
      <select value={current} onChange={(e) => onPick((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">{none}</option>
        {options.map((o) => <option value={o.id} key={o.id}>{o.label}</option>)}
      </select>
    </label>
  );
}

/** A group of tick boxes; `ids` are the ticked ones. */
export function Checks({ legend, options, ids, onIds, extra }: { legend: string; options: readonly { id: string; label: string }[]; ids: readonly string[]; onIds: (ids: string[]) => void; extra?: (id: string) => ComponentChildren }) {
  return (
    <fieldset class="am-checks">
      <legend>{legend}</legend>
      {options.map((o) => (
        <div class="am-check" key={o.id}>
          <label>
            <input type="checkbox" checked={ids.includes(o.id)} onChange={(e) => onIds((e.currentTarget as HTMLInputElement).checked ? [...ids, o.id] : ids.filter((x) => x !== o.id))} />
            {' '}{o.label}
          </label>
          {extra?.(o.id)}
        </div>
      ))}
    </fieldset>
  );
}

/** "Basis: …" links to the sources page, after a legal label. */
export const BasisLinks = ({ basis, t }: { basis: readonly Basis[]; t: T }) =>
  basis.length ? (
    <span class="am-basis">
      {t('accountMap.basis')}
      {basis.map((b, i) => <>{i > 0 && t('punct.list')}<a href={b.href}>{b.label}</a></>)}
    </span>
  ) : null;

export const LessonLink = ({ section, t }: { section: SectionLink; t: T }) => <a class="am-lesson" href={section.href}>{t('accountMap.learn', { section: section.title })}</a>;

/** A list of rows with add and remove buttons; `render` draws one row's fields. */
export function Rows<R>({ legend, rows, onRows, blank, render, addLabel, removeLabel }: { legend: string; rows: readonly R[]; onRows: (rows: R[]) => void; blank: () => R; render: (row: R, set: (r: R) => void, i: number) => ComponentChildren; addLabel: string; removeLabel: (i: number) => string }) {
  return (
    <fieldset class="am-rows">
      <legend>{legend}</legend>
      {rows.map((row, i) => (
        <div class="am-row" key={i}>
          {render(row, (r) => onRows(rows.map((x, j) => (j === i ? r : x))), i)}
          <button type="button" class="button quiet small" onClick={() => onRows(rows.filter((_, j) => j !== i))}>{removeLabel(i)}</button>
        </div>
      ))}
      <button type="button" class="button secondary small" onClick={() => onRows([...rows, blank()])}>{addLabel}</button>
    </fieldset>
  );
}
