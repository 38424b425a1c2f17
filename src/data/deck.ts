import { describe, topLevelBlocks } from '../lib/slides/blocks.ts';
import { planSlides } from '../lib/slides/plan.ts';
import { getQuiz, getScenarios, scenarioAnalysis, type CatalogCourse, type LessonEntry } from './catalog.ts';
import { localized } from '../i18n/index.ts';
import { localeBase } from './route.ts';
import type { Locale } from '../schemas/course.ts';
import type { DeckData } from '../lib/slides/deck.ts';
import { lessonPath, lessonViewPath } from '../lib/urls.ts';
import { pickStrings } from '../i18n/pick.ts';

/** What the deck components (Deck, PrintDeck, GuideBody) are given: the lesson and its place in the course. */
export interface DeckProps {
  entry: CatalogCourse;
  lesson: LessonEntry;
  id: string;
  number: number;
}

/** The UI strings the deck islands (presenter, audience, print) read. */
export const deckStrings = (locale: Locale) => pickStrings(locale, 'punct.', 'present.', 'quiz.', 'scenario.', 'lesson.keyPoints');

/** Most characters of text on one content slide before it continues on the next. */
export const SLIDE_CHARS = 240;

/** A lesson's slides and what they show, from its MDX rendered with the presentation components. */
export async function deckData(entry: CatalogCourse, lesson: LessonEntry, id: string, number: number, html: string, locale: Locale): Promise<DeckData> {
  const questions = (await getQuiz(entry.id, locale, id))?.data.questions ?? [];
  const slides = planSlides(topLevelBlocks(html).map(describe), { maxChars: SLIDE_CHARS, questions: questions.length });
  const used = new Set(slides.flatMap((s) => (s.kind === 'scenario' ? [s.id] : [])));
  const scenarios = Object.fromEntries(
    await Promise.all(
      (await getScenarios(entry.id, locale))
        .filter((s) => used.has(s.data.id))
        .map(async (s) => [s.data.id, { scenario: s.data, analysis: await scenarioAnalysis(entry.id, locale, s.data.id) }] as const),
    ),
  );
  const base = localeBase(locale);
  return {
    channel: `present:${entry.id}/${id}`,
    lesson: { title: lesson.data.title, objectives: lesson.data.objectives, minutes: lesson.data.minutes, number, course: localized(entry.course.title, locale) },
    slides,
    authored: slides.some((s) => s.kind === 'content' && s.authored),
    questions,
    scenarios,
    urls: {
      lesson: lessonPath(entry.id, id, undefined, base),
      audience: lessonViewPath(entry.id, id, 'audience', base),
      presenter: lessonViewPath(entry.id, id, 'present', base),
      print: lessonViewPath(entry.id, id, 'print', base),
    },
  };
}
