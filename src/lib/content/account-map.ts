import { AccountMapConfigSchema, GAP_KINDS, type AccountMapConfig, type SectionRef } from '../../schemas/account-map-config.ts';
import type { AccountMap } from '../../schemas/account-map.ts';
import { readYaml, ROOT, schemaProblems, type ContentFile, type Problem } from './problems.ts';

/** What the check knows of a lesson: its file and `##` headings, by `<course>/<locale>/<lesson>`. */
export type LessonHeadings = Map<string, { file: string; headings: string[] }>;

const LOCALES = ['zh-CN', 'en'] as const;

/**
 * Checks each course's account-map.yaml: the schema, that every section names a lesson heading in
 * both languages, that cited sources exist, and that the worked example uses only the file's ids.
 */
export function checkAccountMaps(files: readonly ContentFile[], lessons: LessonHeadings): Problem[] {
  const problems: Problem[] = [];
  for (const f of files.filter((f) => f.path.startsWith(ROOT) && /^[^/]+\/account-map\.yaml$/.test(f.path.slice(ROOT.length)))) {
    const course = f.path.slice(ROOT.length).split('/')[0]!;
    const { data, problem } = readYaml(f.path, f.text);
    if (problem) { problems.push(problem); continue; }
    const parsed = AccountMapConfigSchema.safeParse(data ?? {});
    if (!parsed.success) { problems.push(...schemaProblems(f.path, '', parsed.error)); continue; }
    const config = parsed.data;
    const push = (where: string, message: string) => problems.push({ file: f.path, where, message });

    const section = (ref: SectionRef, where: string) => {
      for (const locale of LOCALES) {
        const heading = ref.heading[locale];
        const lesson = lessons.get(`${course}/${locale}/${ref.lesson}`);
        if (!lesson) { if (locale === 'zh-CN' || heading) push(`${where}.lesson`, `there is no lesson "${ref.lesson}" in ${course}/${locale}`); continue; }
        if (!heading) { push(`${where}.heading.${locale}`, 'is missing'); continue; }
        if (!lesson.headings.includes(heading)) push(`${where}.heading.${locale}`, `"${heading}" is not a ## heading of ${lesson.file}; headings: ${lesson.headings.join(' | ')}`);
      }
    };
    config.orgTypes.forEach((t, i) => section(t.section, `orgTypes[${i}].section`));
    config.complianceChecks.forEach((c, i) => section(c.section, `complianceChecks[${i}].section`));
    for (const kind of GAP_KINDS) section(config.coaching[kind].section, `coaching.${kind}.section`);

    const sourcesFile = files.find((x) => x.path === `${ROOT}${course}/sources.yaml`);
    const known = sourcesFile ? new Set([...sourcesFile.text.matchAll(/^- id: ([a-z0-9-]+)\s*$/gm)].map((m) => m[1]!)) : new Set<string>();
    const cites = (ids: readonly string[], where: string) => ids.forEach((id) => { if (!known.has(id)) push(where, `"${id}" is not an id in ${ROOT}${course}/sources.yaml`); });
    config.orgTypes.forEach((t, i) => t.traits.forEach((x, j) => cites(x.sources, `orgTypes[${i}].traits[${j}].sources`)));
    config.procurementMethods.forEach((m, i) => cites(m.sources, `procurementMethods[${i}].sources`));
    config.complianceChecks.forEach((c, i) => cites(c.sources, `complianceChecks[${i}].sources`));

    for (const list of ['orgTypes', 'stages', 'factors', 'methods', 'procurementMethods', 'complianceChecks'] as const) {
      const seen = new Set<string>();
      config[list].forEach((x, i) => { if (seen.has(x.id)) push(`${list}[${i}].id`, `"${x.id}" is used twice`); seen.add(x.id); });
    }
    for (const locale of LOCALES) {
      const example = config.example?.[locale];
      if (example) problems.push(...exampleProblems(example, config, course).map((p) => ({ file: f.path, where: `example.${locale}.${p.where}`, message: p.message })));
    }
    if (config.example && !lessons.has(`${course}/zh-CN/${config.example.lesson}`)) push('example.lesson', `there is no lesson "${config.example.lesson}" in ${course}`);
  }
  return problems;
}

/** A worked example may use only the ids its course's account-map.yaml defines. */
export function exampleProblems(m: AccountMap, config: AccountMapConfig, course: string): { where: string; message: string }[] {
  const out: { where: string; message: string }[] = [];
  const ids = (list: readonly { id: string }[]) => new Set(list.map((x) => x.id));
  const need = (value: string, known: Set<string>, where: string) => { if (value && !known.has(value)) out.push({ where, message: `"${value}" is not defined in account-map.yaml` }); };
  if (m.course !== course) out.push({ where: 'course', message: `is "${m.course}", but the file belongs to "${course}"` });
  const type = config.orgTypes.find((t) => t.id === m.orgType);
  need(m.orgType, ids(config.orgTypes), 'orgType');
  m.traits.forEach((t, i) => need(t, ids(type?.traits ?? []), `traits[${i}]`));
  need(m.stage, ids(config.stages), 'stage');
  Object.keys(m.factors).forEach((k) => need(k, ids(config.factors), `factors.${k}`));
  m.discovery.forEach((d, i) => need(d.method, ids(config.methods), `discovery[${i}].method`));
  need(m.compliance.method, ids(config.procurementMethods), 'compliance.method');
  m.compliance.checks.forEach((c, i) => need(c, ids(config.complianceChecks), `compliance.checks[${i}]`));
  return out;
}
