import { parse } from 'yaml';
import type { ContentFile } from '../content/check.ts';
import { parseDataPath } from '../content/paths.ts';
import { QuizSchema } from '../../schemas/quiz.ts';
import { ScenarioSchema } from '../../schemas/scenario.ts';
import { headingSlug } from './slug.ts';
import { glossaryPath, lessonPath, localeBase, scenarioPath } from '../urls.ts';
import { GlossarySchema } from '../../schemas/glossary.ts';
import { LANGS, toLocale, useT } from '../../i18n/index.ts';
import type { Locale } from '../../schemas/course.ts';

/**
 * A search record that is not a page: Pagefind's custom record. Its URL, like those of the pages
 * Pagefind indexes from the built folder, is relative to the site's root ("/customer-org/…"): in
 * the browser Pagefind puts the folder it is served from in front ("/training/customer-org/…"
 * under a sub-path, the package folder in SCORM), so the index is the same under any base.
 */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: { title: string };
}

/** "Knowledge check: …" in the page's language, with its own colon (full-width in Chinese). */
const titled = (locale: Locale, kind: 'quiz.title' | 'scenario.title' | 'glossary.record', text: string) => {
  const t = useT(locale);
  return `${t(kind)}${t('punct.colon')}${text}`;
};

/**
 * Knowledge-check questions, scenarios and glossary terms as search records, so a trainee finds
 * an explanation, a scene of a story or a term's definition by its words. Questions link to the
 * lesson section that teaches them; a term links to its entry on the glossary page, in each
 * language (its record holds both languages' terms, so 决策者 finds "decider" on English pages).
 */
export function searchRecords(files: readonly ContentFile[]): SearchRecord[] {
  const out: SearchRecord[] = [];
  for (const f of files) {
    const rel = f.path.replace(/^content\/courses\//, '');
    const glossaryCourse = /^([^/]+)\/glossary\.yaml$/.exec(rel)?.[1];
    if (glossaryCourse) {
      const glossary = GlossarySchema.safeParse(parse(f.text));
      if (!glossary.success) continue;
      for (const { locale } of LANGS) {
        const lang = locale === 'en' ? 'en' : 'zh-CN';
        const other = locale === 'en' ? 'zh-CN' : 'en';
        for (const term of glossary.data.terms) {
          out.push({ url: glossaryPath(glossaryCourse, term.id, localeBase(locale, '/')), content: [`${term.term[lang]} · ${term.term[other]}`, term.definition[lang]].join('\n'), language: locale, meta: { title: titled(locale, 'glossary.record', term.term[lang]) } });
        }
      }
    }
    const quiz = parseDataPath(rel, 'quizzes');
    if (quiz) {
      const bank = QuizSchema.safeParse(parse(f.text));
      if (!bank.success) continue;
      for (const q of bank.data.questions) {
        const parts = [q.prompt, q.explanation ?? ''];
        if (q.type === 'single' || q.type === 'multiple') for (const o of q.options) parts.push(o.text, o.feedback);
        if (q.type === 'truefalse') parts.push(q.feedback.true, q.feedback.false);
        if (q.type === 'ordering') for (const i of q.items) parts.push(i.text, i.feedback);
        if (q.type === 'matching') for (const p of q.pairs) parts.push(p.left, p.right, p.feedback);
        if (q.type === 'categorize') for (const i of q.items) parts.push(i.text, i.feedback);
        const locale = toLocale(quiz.locale);
        out.push({ url: lessonPath(quiz.course, quiz.id, headingSlug(q.section), localeBase(locale, '/')), content: parts.join('\n'), language: quiz.locale, meta: { title: titled(locale, 'quiz.title', q.prompt) } });
      }
    }
    const sc = parseDataPath(rel, 'scenarios');
    if (sc) {
      const s = ScenarioSchema.safeParse(parse(f.text));
      if (!s.success) continue;
      const lines = [s.data.summary, ...Object.values(s.data.nodes).flatMap((n) => [n.text, ...(n.choices ?? []).flatMap((c) => [c.label, c.consequence])])];
      const locale = toLocale(sc.locale);
      out.push({ url: scenarioPath(sc.course, sc.id, localeBase(locale, '/')), content: lines.join('\n'), language: sc.locale, meta: { title: titled(locale, 'scenario.title', s.data.title) } });
    }
  }
  return out;
}
