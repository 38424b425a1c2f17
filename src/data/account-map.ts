import { getCollection, getEntry } from 'astro:content';
import { sectionHeadings, type Heading } from '../lib/content/headings.ts';
import type { Locale } from '../schemas/course.ts';
import type { SectionRef } from '../schemas/account-map-config.ts';
import { GAP_KINDS } from '../schemas/account-map-config.ts';
import { localized } from '../i18n/index.ts';
import { localeBase } from './route.ts';
import { lessonPath } from '../lib/urls.ts';
import type { Basis, MapView, SectionLink } from '../lib/account-map/view.ts';
import { basisRefs } from './sources.ts';

/** Courses that offer the account-map tool (they have an account-map.yaml). */
export async function accountMapCourses(): Promise<Set<string>> {
  return new Set((await getCollection('accountMaps')).map((e) => e.id));
}

/** A course's account-map vocabulary in one locale, links resolved; undefined when the course has no account-map.yaml. */
export async function accountMapView(course: string, locale: Locale): Promise<MapView | undefined> {
  const entry = await getEntry('accountMaps', course);
  if (!entry) return undefined;
  const c = entry.data;
  const base = localeBase(locale);
  const text = (l: { 'zh-CN': string; en?: string | undefined }) => localized(l, locale);
  const headings = new Map<string, Heading[]>();
  /** A lesson section's link (the lesson itself when no heading is given); the ids are the ones the lesson page gives its headings (src/lib/content/headings.ts). */
  const section = async (ref: { lesson: string; heading?: SectionRef['heading'] }): Promise<SectionLink> => {
    const lesson = await getEntry('lessons', `${course}/${locale}/${ref.lesson}`);
    if (!ref.heading) return { title: lesson?.data.title ?? ref.lesson, href: lessonPath(course, ref.lesson, undefined, base) };
    if (!headings.has(ref.lesson)) headings.set(ref.lesson, sectionHeadings(lesson?.body ?? ''));
    const title = text(ref.heading);
    const h = headings.get(ref.lesson)!.find((x) => x.text === title);
    return { title, href: lessonPath(course, ref.lesson, h?.slug, base) };
  };
  const refs = await basisRefs(course, locale, [...c.orgTypes.flatMap((t) => t.traits), ...c.procurementMethods, ...c.complianceChecks]);
  const basis = (ids: readonly string[]): Basis[] => ids.flatMap((id) => (refs[id] ? [refs[id]] : []));
  const example = c.example ? (locale === 'en' ? (c.example.en ?? c.example['zh-CN']) : c.example['zh-CN']) : undefined;
  return {
    course,
    staleDays: c.staleDays,
    orgTypes: await Promise.all(c.orgTypes.map(async (t) => ({ id: t.id, label: text(t.label), section: await section(t.section), traits: t.traits.map((x) => ({ id: x.id, label: text(x.label), basis: basis(x.sources) })) }))),
    stages: c.stages.map((s) => ({ id: s.id, label: text(s.label), signal: text(s.signal) })),
    factors: c.factors.map((f) => ({ id: f.id, label: text(f.label), hint: text(f.hint) })),
    methods: c.methods.map((m) => ({ id: m.id, label: text(m.label) })),
    procurementMethods: c.procurementMethods.map((m) => ({ id: m.id, label: text(m.label), basis: basis(m.sources) })),
    complianceChecks: await Promise.all(c.complianceChecks.map(async (x) => ({ id: x.id, label: text(x.label), basis: basis(x.sources), section: await section(x.section) }))),
    coaching: Object.fromEntries(await Promise.all(GAP_KINDS.map(async (k) => [k, { prompt: text(c.coaching[k].prompt), section: await section(c.coaching[k].section) }]))) as MapView['coaching'],
    ...(example && c.example ? { example: { map: example, lesson: await section({ lesson: c.example.lesson }) } } : {}),
  };
}
