import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../schemas/course.ts';

export type CourseEntry = CollectionEntry<'courses'>;
export type LessonEntry = CollectionEntry<'lessons'>;

export interface CatalogCourse {
  id: string;
  course: CourseEntry['data'];
  /** Lessons in the order course.yaml gives. */
  lessons: LessonEntry[];
  minutes: number;
}

/** Every course with its lessons in one locale, in course.yaml order. The content check guarantees the two agree. */
export async function getCatalog(locale: Locale): Promise<CatalogCourse[]> {
  const [courses, lessons] = await Promise.all([getCollection('courses'), getCollection('lessons')]);
  return courses
    .map(({ id, data }) => {
      const ordered = data.lessons
        .map((lessonId) => lessons.find((l) => l.id === `${id}/${locale}/${lessonId}`))
        .filter((l): l is LessonEntry => l !== undefined);
      return { id, course: data, lessons: ordered, minutes: ordered.reduce((s, l) => s + l.data.minutes, 0) };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The lesson id within its course: `customer-org/zh-CN/roles` → `roles`. */
export const lessonIdOf = (entry: LessonEntry) => entry.id.split('/').at(-1)!;
