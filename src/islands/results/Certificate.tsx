import { useState } from 'preact/hooks';
import type { Transcript } from '../../lib/results/transcript.ts';
import { readName, saveName } from '../../stores/name.ts';
import type { T } from '../../i18n/t.ts';

interface Props {
  tr: Transcript;
  course: string;
  /** The account-map page, linked from the requirement. */
  accountMap?: string | undefined;
  t: T;
}

/** The certificate once the course's rule is met (name typed here, kept locally, prints to A4); until then, what is missing. */
export function Certificate({ tr, course, accountMap, t }: Props) {
  const [name, setName] = useState(readName);
  if (!tr.certificate.earned) {
    const m = tr.certificate.missing;
    return (
      <section class="certificate-todo" aria-labelledby="cert-title">
        <h2 id="cert-title">{t('certificate.title')}</h2>
        <p>{t('certificate.notYet')}</p>
        <ul>
          {m.lessons > 0 && <li>{t('certificate.missingLessons', { n: m.lessons })}</li>}
          {m.assessment && <li>{t('certificate.missingAssessment')}</li>}
          {m.scenarios > 0 && <li>{t('certificate.missingScenarios', { n: m.scenarios })}</li>}
          {m.accountMap && <li>{accountMap ? <a href={accountMap}>{t('certificate.missingAccountMap')}</a> : t('certificate.missingAccountMap')}</li>}
        </ul>
      </section>
    );
  }
  const date = new Intl.DateTimeFormat(document.documentElement.lang || 'zh-CN', { dateStyle: 'long' }).format(new Date());
  return (
    <section aria-labelledby="cert-title" class="certificate-box">
      <h2 id="cert-title">{t('certificate.title')}</h2>
      <label class="name-field">
        {t('certificate.nameLabel')}
        <input type="text" value={name} maxLength={80} autoComplete="name" onInput={(e) => { const v = (e.target as HTMLInputElement).value; setName(v); saveName(v); }} />
      </label>
      <p class="muted small">{t('certificate.nameHint')}</p>
      <article class="certificate" aria-label={t('certificate.heading')}>
        <p class="cert-issuer">{t('certificate.issuer')}</p>
        <h3 class="cert-heading">{t('certificate.heading')}</h3>
        <p class="cert-body">{t('certificate.body', { name: name.trim() || t('certificate.namePlaceholder'), course })}</p>
        <p class="cert-scores">{t('certificate.scores', { assessment: tr.assessment?.best ?? '—', lessons: tr.done, scenarios: tr.finishedScenarios })}</p>
        <p class="cert-date">{t('certificate.date', { date })}</p>
      </article>
      <button type="button" class="button" onClick={() => window.print()} disabled={!name.trim()}>{t('certificate.print')}</button>
    </section>
  );
}
