import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { Basis, SectionLink } from '../../lib/account-map/view.ts';
import type { T } from '../../i18n/t.ts';

/* Small form pieces the account-map editor repeats. Each field's label points at it by id, so its name is the label alone; a hint describes it. */

const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;

export function TextField({ label, text, onText, long = false, type = 'text', max = 500, hint }: { label: string; text: string; onText: (v: string) => void; long?: boolean; type?: 'text' | 'date'; max?: number; hint?: string }) {
  const id = useId();
  const described = hint ? { 'aria-describedby': `${id}-hint` } : {};
  return (
    <div class="am-field">
      <label class="am-label" for={id}>{label}</label>
      {hint && <span class="am-hint" id={`${id}-hint`}>{hint}</span>}
      {long ? <textarea id={id} rows={2} maxLength={max} value={text} onInput={(e) => onText(value(e))} {...described} /> : <input id={id} type={type} maxLength={type === 'text' ? max : undefined} value={text} onInput={(e) => onText(value(e))} {...described} />}
    </div>
  );
}

/** A drop-down; `none` labels an empty first choice (left out when not given). */
export function Select({ label, current, options, onPick, none }: { label: string; current: string; options: readonly { id: string; label: string }[]; onPick: (id: string) => void; none?: string }) {
  const id = useId();
  return (
    <div class="am-field">
      <label class="am-label" for={id}>{label}</label>
      <select id={id} value={current} onChange={(e) => onPick((e.currentTarget as HTMLSelectElement).value)}>
        {none !== undefined && <option value="">{none}</option>}
        {options.map((o) => <option value={o.id} key={o.id}>{o.label}</option>)}
      </select>
    </div>
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
