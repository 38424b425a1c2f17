import { describe, topLevelBlocks } from '../lib/slides/blocks.ts';
import { planSlides } from '../lib/slides/plan.ts';
import { validateScenario } from '../lib/scenario/validate.ts';
import { getQuiz, getScenarios, type CatalogCourse, type LessonEntry } from './catalog.ts';
import { localeBase, localized } from '../i18n/index.ts';
import type { Locale } from '../schemas/course.ts';
import type { DeckData } from '../islands/present/types.ts';

/** Most characters of text on one content slide before it continues on the next. */
export const SLIDE_CHARS = 240;

/** A lesson's slides and what they show, from its MDX rendered with the presentation components. */
export async function deckData(entry: CatalogCourse, lesson: LessonEntry, id: string, number: number, html: string, locale: Locale): Promise<DeckData> {
  const questions = (await getQuiz(entry.id, locale, id))?.data.questions ?? [];
  const slides = planSlides(topLevelBlocks(html).map(describe), { maxChars: SLIDE_CHARS, questions: questions.length });
  const used = new Set(slides.flatMap((s) => (s.kind === 'scenario' ? [s.id] : [])));
  const scenarios = Object.fromEntries(
    (await getScenarios(entry.id, locale))
      .filter((s) => used.has(s.data.id))
      .map((s) => {
        const { problems: _problems, ...analysis } = validateScenario(s.data);
        return [s.data.id, { scenario: s.data, analysis }];
      }),
  );
  const base = `${localeBase(locale)}${entry.id}/${id}/`;
  return {
    channel: `present:${entry.id}/${id}`,
    lesson: { title: lesson.data.title, objectives: lesson.data.objectives, minutes: lesson.data.minutes, number, course: localized(entry.course.title, locale) },
    slides,
    authored: slides.some((s) => s.kind === 'content' && s.authored),
    questions,
    scenarios,
    urls: { lesson: base, audience: `${base}present/audience/`, presenter: `${base}present/`, print: `${base}present/print/` },
  };
}
