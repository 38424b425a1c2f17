import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content/check.ts';
import { readContentTree } from '../../src/data/content-model.ts';

const root = fileURLToPath(new URL('../fixtures/broken-scenario/', import.meta.url));
const FILE = 'content/courses/demo/zh-CN/scenarios/broken.yaml';
const messages = checkContent(readContentTree(root)).problems.map(formatProblem);

describe('npm run check:content names the file, the node and the problem in a broken scenario', () => {
  it.each([
    ['unknown next target', `${FILE} › nodes.a.choices[0].next: "nowhere" is not a node`],
    ['unknown dimension', `${FILE} › nodes.a.choices[1].effects.charm: "charm" is not a dimension (roles)`],
    ['required flag never set', `${FILE} › nodes.a.choices[2].requires: flag "magic" is never set by any choice, so this choice can never be offered`],
    ['unknown cast member speaking', `${FILE} › nodes.b.speaker: "wang" is not in the cast (or "narrator")`],
    ['unknown cast member revealed', `${FILE} › nodes.b.choices[0].reveals: "ghost" is not in the cast`],
    ['loop with no way to an ending', `${FILE} › nodes.c: no ending can be reached from here (a dead end or a loop with no way out)`],
    ['unreachable node', `${FILE} › nodes.d: cannot be reached from the start`],
    ['node with neither choices nor an ending', `${FILE} › nodes.d: has neither choices nor an ending`],
    ['lesson that does not exist', `${FILE} › lesson[1]: "missing-lesson" is not a lesson of demo`],
  ])('%s', (_, expected) => {
    expect(messages).toContain(expected);
  });

  it('a duplicate node id is refused by the YAML reader itself, naming the line', () => {
    const out = checkContent([
      { path: FILE, text: 'id: broken\nnodes:\n  a: {speaker: li}\n  a: {speaker: li}\n' },
    ]).problems.map(formatProblem);
    expect(out[0]).toMatch(/^content\/courses\/demo\/zh-CN\/scenarios\/broken\.yaml: YAML cannot be read \(line 4\): Map keys must be unique/);
  });
});
