import { getQuiz, getScenarios, lessonIdOf, scenarioProps, sectionLinks, type CatalogCourse, type LessonEntry } from './catalog.ts';
import { basisRefs } from './sources.ts';
import { embeddedScenarios, showsQuiz } from '../lib/content/lesson.ts';
import type { Locale } from '../schemas/course.ts';

/** What <Quiz /> shows in a lesson: the lesson's question bank, its pass mark, section links and sources. */
export interface QuizEmbed {
  course: string;
  lesson: string;
  questions: NonNullable<Awaited<ReturnType<typeof getQuiz>>>['data']['questions'];
  passPercent: number;
  links: Awaited<ReturnType<typeof sectionLinks>>;
  basis: Awaited<ReturnType<typeof basisRefs>>;
}

/** What <Scenario id="…" /> plays in a lesson: the scenario's card and the player's props. */
export interface ScenarioEmbed {
  course: string;
  title: string;
  summary: string;
  minutes: number;
  player: Awaited<ReturnType<typeof scenarioProps>>;
}

/** The data of the interactive parts a lesson's MDX shows, by what its body uses: the lesson page hands it to <Quiz /> and <Scenario /> (src/mdx/index.ts). */
export interface LessonEmbeds {
  quiz?: QuizEmbed;
  scenarios: Record<string, ScenarioEmbed>;
}

/** Reads, once per lesson page, the knowledge check and scenarios its MDX shows. The content check has made sure they exist. */
export async function lessonEmbeds(entry: CatalogCourse, lesson: LessonEntry, locale: Locale): Promise<LessonEmbeds> {
  const course = entry.id;
  const id = lessonIdOf(lesson);
  const body = lesson.body ?? '';
  let quiz: QuizEmbed | undefined;
  if (showsQuiz(body)) {
    const bank = await getQuiz(course, locale, id);
    if (!bank) throw new Error(`No question bank for ${course}/${id}: run npm run check:content`);
    const questions = bank.data.questions;
    quiz = { course, lesson: id, questions, passPercent: entry.course.checks.passPercent, links: await sectionLinks(course, locale, id, questions), basis: await basisRefs(course, locale, questions) };
  }
  const wanted = new Set(embeddedScenarios(body));
  const scenarios: Record<string, ScenarioEmbed> = {};
  for (const s of await getScenarios(course, locale)) {
    if (!wanted.has(s.data.id)) continue;
    scenarios[s.data.id] = { course, title: s.data.title, summary: s.data.summary, minutes: s.data.minutes, player: await scenarioProps(course, locale, s.data) };
  }
  return { ...(quiz ? { quiz } : {}), scenarios };
}
