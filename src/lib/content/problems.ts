import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';

/** A content file as read from disk; `path` is relative to the project root, with `/`. */
export interface ContentFile {
  path: string;
  text: string;
}

/** One thing wrong with the content, precise enough for an author to find and fix it. */
export interface Problem {
  file: string;
  /** Where in the file: `frontmatter.minutes`, `lessons[2]`, `body` … */
  where?: string;
  message: string;
}

export const ROOT = 'content/courses/';

export const formatProblem = (p: Problem) => `${p.file}${p.where ? ` › ${p.where}` : ''}: ${p.message}`;

/** Turns zod issues into problems naming the field; a question is named by its id too. */
export function schemaProblems(file: string, prefix: string, error: z.ZodError, data?: unknown): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    if (path[0] === 'questions' && path[1] !== undefined) {
      const id = (data as { questions?: { id?: unknown }[] })?.questions?.[Number(path[1])]?.id;
      path.splice(0, 2, `questions[${path[1]}]${typeof id === 'string' ? ` "${id}"` : ''}`);
    }
    const where = [prefix, ...path].filter(Boolean).join('.');
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    return { file, where, message: missing ? 'required field is missing' : issue.message };
  });
}

export function readYaml(file: string, text: string, where?: string): { data?: unknown; problem?: Problem } {
  try {
    return { data: parseYaml(text) };
  } catch (e) {
    const line = e instanceof YAMLParseError ? e.linePos?.[0]?.line : undefined;
    const first = (e as Error).message.split('\n')[0];
    return { problem: { file, ...(where ? { where } : {}), message: `YAML cannot be read${line ? ` (line ${line})` : ''}: ${first}` } };
  }
}

/** Splits `---\n…\n---\n` frontmatter from the body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { frontmatter: m[1]!, body: m[2]! } : null;
}
