import { parse } from 'yaml';
import type { ContentFile } from '../content/problems.ts';
import { buildModel, type ContentModel } from '../content/model.ts';
import { headingSlug, type Heading } from '../content/headings.ts';
import { glossaryPath, lessonPath, localeBase, scenarioPath } from '../urls.ts';
import { GlossarySchema } from '../../schemas/glossary.ts';
import { LANGS, toLocale } from '../../i18n/index.ts';
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

/** What a record is: its title names the kind in the page's language. */
export type RecordKind = 'quiz' | 'scenario' | 'glossary';
/**
 * The title of a record, "Knowledge check: …", in the page's language: the caller brings the
 * words (src/integrations/search-index.ts, from the dictionaries), as src/lib holds no wording.
 */
export type RecordTitle = (locale: Locale, kind: RecordKind, text: string) => string;

/**
 * Knowledge-check questions, scenarios and glossary terms as search records, so a trainee finds
 * an explanation, a scene of a story or a term's definition by its words. Questions link to the
 * lesson section that teaches them; a term links to its entry on the glossary page, in each
 * language (its record holds both languages' terms, so 决策者 finds "decider" on English pages).
 */
export function searchRecords(input: readonly ContentFile[] | ContentModel, titled: RecordTitle): SearchRecord[] {
  const model = 'files' in input ? input : buildModel(input);
  const quizzes = new Map(model.quizzes.map((q) => [q.file, q]));
  const scenarios = new Map(model.scenarios.map((s) => [s.file, s]));
  /** A section's id as the lesson page gives it (src/lib/content/headings.ts); by its text alone when the lesson is not in the model. */
  const lessons = new Map<string, Heading[]>(model.lessons.flatMap((l) => (l.path ? [[`${l.path.course}/${l.path.locale}/${l.path.lesson}`, l.headings]] : [])));
  const slug = (lesson: string, section: string) => lessons.get(lesson)?.find((h) => h.text === section)?.slug ?? headingSlug(section);
  const out: SearchRecord[] = [];
  for (const f of model.files) {
    const rel = f.path.replace(/^content\/courses\//, '');
    const glossaryCourse = /^([^/]+)\/glossary\.yaml$/.exec(rel)?.[1];
    if (glossaryCourse) {
      const glossary = GlossarySchema.safeParse(parse(f.text));
      if (!glossary.success) continue;
      for (const { locale } of LANGS) {
        const lang = locale === 'en' ? 'en' : 'zh-CN';
        const other = locale === 'en' ? 'zh-CN' : 'en';
        for (const term of glossary.data.terms) {
          out.push({ url: glossaryPath(glossaryCourse, term.id, localeBase(locale, '/')), content: [`${term.term[lang]} · ${term.term[other]}`, term.definition[lang]].join('\n'), language: locale, meta: { title: titled(locale, 'glossary', term.term[lang]) } });
        }
      }
    }
    const bank = quizzes.get(f.path);
    if (bank?.path) {
      const quiz = bank.path;
      if (!bank.data) continue;
      for (const q of bank.data.questions) {
        const parts = [q.prompt, q.explanation ?? ''];
        if (q.type === 'single' || q.type === 'multiple') for (const o of q.options) parts.push(o.text, o.feedback);
        if (q.type === 'truefalse') parts.push(q.feedback.true, q.feedback.false);
        if (q.type === 'ordering') for (const i of q.items) parts.push(i.text, i.feedback);
        if (q.type === 'matching') for (const p of q.pairs) parts.push(p.left, p.right, p.feedback);
        if (q.type === 'categorize') for (const i of q.items) parts.push(i.text, i.feedback);
        const locale = toLocale(quiz.locale);
        out.push({ url: lessonPath(quiz.course, quiz.id, slug(`${quiz.course}/${quiz.locale}/${quiz.id}`, q.section), localeBase(locale, '/')), content: parts.join('\n'), language: quiz.locale, meta: { title: titled(locale, 'quiz', q.prompt) } });
      }
    }
    const s = scenarios.get(f.path);
    if (s?.path) {
      const sc = s.path;
      if (!s.data) continue;
      const lines = [s.data.summary, ...Object.values(s.data.nodes).flatMap((n) => [n.text, ...(n.choices ?? []).flatMap((c) => [c.label, c.consequence])])];
      const locale = toLocale(sc.locale);
      out.push({ url: scenarioPath(sc.course, sc.id, localeBase(locale, '/')), content: lines.join('\n'), language: sc.locale, meta: { title: titled(locale, 'scenario', s.data.title) } });
    }
  }
  return out;
}
