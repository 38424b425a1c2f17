// Generated content for benchmarks and scale tests.
import type { Scenario } from '../src/schemas/scenario.ts';
import { ScenarioSchema } from '../src/schemas/scenario.ts';

/**
 * A valid scenario of `n` decision nodes, with what real ones have, many times over: at each node
 * a step forward and a skip with other effects; every 25 nodes a "go back and ask again" loop
 * (loops must not change scores, so inside one the effects follow the node numbers); every 50
 * nodes a flag, and every 100 a shortcut that only that flag opens.
 */
export function generateScenario(n: number): Scenario {
  const nodes: Record<string, unknown> = {};
  const id = (i: number) => (i < n ? `n${i}` : 'end');
  const inLoop = (i: number) => i % 25 >= 2 && i % 25 <= 5 && i < n;
  const effects = (from: number, to: number, other: Record<string, number>) => (inLoop(from) && inLoop(to) ? { roles: to - from } : other);
  for (let i = 0; i < n; i++) {
    nodes[id(i)] = {
      speaker: 'narrator',
      text: `第 ${i} 步`,
      choices: [
        { label: '稳步推进', next: id(i + 1), consequence: '继续。', effects: effects(i, i + 1, { roles: 1 }), ...(i % 50 === 0 ? { sets: [`f${i}`] } : {}) },
        { label: '跳过一步', next: id(i + 2), consequence: '跳过。', effects: effects(i, i + 2, { compliance: -1 }) },
        ...(i % 25 === 5 ? [{ label: '回头再问', next: id(i - 3), consequence: '回到前面。', effects: { roles: -3 } }] : []),
        ...(i % 100 === 60 ? [{ label: '用上前面学到的', next: id(i + 3), consequence: '省了两步。', effects: { roles: 3 }, requires: [`f${i - 60}`] }] : []),
      ],
    };
  }
  nodes.end = { speaker: 'narrator', text: '结束。', ending: { title: '结束', rating: 'good' } };
  return ScenarioSchema.parse({
    id: 'generated', title: '生成的情景', summary: '用于测量的生成情景。', lesson: ['roles'], minutes: 60,
    dimensions: [{ id: 'roles', label: '角色识别' }, { id: 'compliance', label: '合规' }],
    cast: [{ id: 'li', name: '李主任', title: '信息中心主任', role: 'influencer' }],
    start: 'n0', nodes,
  });
}
