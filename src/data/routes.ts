import { LANGS } from '../i18n/index.ts';
import { getCatalog, lessonIdOf, type CatalogCourse, type LessonEntry } from './catalog.ts';

/** getStaticPaths of a page per course, in every locale: props { entry }. */
export const coursePaths = () => coursePathsWhere(() => true);

/** The same, for only the courses that `keep` accepts (say, those with a final assessment). */
export async function coursePathsWhere(keep: (entry: CatalogCourse) => boolean) {
  const perLocale = async ({ lang, locale }: (typeof LANGS)[number]) =>
    (await getCatalog(locale)).filter(keep).map((entry) => ({ params: { lang, course: entry.id }, props: { entry } }));
  return (await Promise.all(LANGS.map(perLocale))).flat();
}

/** getStaticPaths of a page per lesson, in every locale: props { entry, lesson, number } (number from 1). */
export async function lessonPaths() {
  const perLocale = async ({ lang, locale }: (typeof LANGS)[number]) =>
    (await getCatalog(locale)).flatMap((entry) => entry.lessons.map((lesson, i) => ({ params: { lang, course: entry.id, lesson: lessonIdOf(lesson) }, props: { entry, lesson, number: i + 1 } })));
  return (await Promise.all(LANGS.map(perLocale))).flat();
}

export interface CourseProps {
  entry: CatalogCourse;
}
export interface LessonProps extends CourseProps {
  lesson: LessonEntry;
  number: number;
}
