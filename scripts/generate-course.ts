// A generated course for scale measurements: `lessons` lessons, each with a five-question bank.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeGeneratedCourse(contentDir: string, lessons: number): void {
  const dir = join(contentDir, 'courses', 'scale');
  mkdirSync(join(dir, 'zh-CN', 'lessons'), { recursive: true });
  mkdirSync(join(dir, 'zh-CN', 'quizzes'), { recursive: true });
  const ids = Array.from({ length: lessons }, (_, i) => `lesson-${i + 1}`);
  writeFileSync(join(dir, 'course.yaml'), `title: {zh-CN: 规模测试课程}\nsummary: {zh-CN: 用于测量构建耗时的生成课程。}\naudience: {zh-CN: 测试}\nobjectives: {zh-CN: [测量构建]}\nlessons: [${ids.join(', ')}]\n`);
  ids.forEach((id, i) => {
    const n = String(i + 1).padStart(3, '0');
    const sections = [1, 2, 3].map((s) => `## 第 ${s} 节\n\n${'这是一段用于测量的正文，讲述客户组织的决策过程与角色。'.repeat(6)}\n\n- 要点一\n- 要点二\n`).join('\n');
    writeFileSync(join(dir, 'zh-CN', 'lessons', `${n}-${id}.mdx`), `---\ntitle: 第 ${i + 1} 课\ndescription: 这是用于测量构建耗时的第 ${i + 1} 课。\norder: ${i + 1}\nminutes: 10\nobjectives: [说出一件事]\n---\n\n引言。\n\n${sections}\n<KeyPoints>\n\n- 要点\n\n</KeyPoints>\n\n<Quiz />\n`);
    const questions = [1, 2, 3, 4, 5].map((q) => `  - id: ${id}-q${q}\n    type: single\n    prompt: 第 ${q} 题？\n    section: 第 1 节\n    options:\n      - { id: a, text: 甲, correct: true, feedback: 对。 }\n      - { id: b, text: 乙, feedback: 错。 }\n      - { id: c, text: 丙, feedback: 错。 }\n`).join('');
    writeFileSync(join(dir, 'zh-CN', 'quizzes', `${id}.yaml`), `lesson: ${id}\nquestions:\n${questions}`);
  });
}
