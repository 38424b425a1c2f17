// The classroom server's HTTP surface, in memory (Hono's app.request): what bad input is told,
// that it changes nothing, who may command the session, how served pages are marked live, and
// that a restart resumes the journal.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createClassroom, markLive } from '../../src/server/classroom.ts';

const CSP = `default-src 'self'; script-src 'self' 'sha256-abc='`;
function site() {
  const dir = mkdtempSync(join(tmpdir(), 'live-server-'));
  mkdirSync(join(dir, 'dist', 'live'), { recursive: true });
  const page = `<!doctype html><html lang="zh-CN"><head><meta http-equiv="content-security-policy" content="${CSP.replace(/'/g, '&#39;')}"><script>1</script></head><body></body></html>`;
  writeFileSync(join(dir, 'dist', 'index.html'), page);
  writeFileSync(join(dir, 'dist', 'live', 'index.html'), page);
  return { dist: join(dir, 'dist'), journal: join(dir, 'data', 'live.jsonl') };
}
const rooms: ReturnType<typeof createClassroom>[] = [];
const open = (o = site()) => {
  const room = createClassroom({ ...o, course: 'customer-org' });
  rooms.push(room);
  return { room, o };
};
afterEach(() => rooms.splice(0).forEach((r) => r.dropAll()));

const json = (body: unknown, headers: Record<string, string> = {}) => ({ method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const T = 'a'.repeat(32);
const poll = { id: 'q:x', kind: 'question', qtype: 'single', ref: 'x', course: 'customer-org', prompt: '谁拍板？', rows: [{ id: '', label: '', options: [{ id: 'a', text: '局长', correct: true }, { id: 'b', text: '主任', correct: false }] }] };

describe('classroom server: bad input gets a clear error and changes nothing', () => {
  it.each<[string, string, RequestInit, number, string]>([
    ['not JSON', '/live/api/join', json('{'), 400, 'The request is not JSON.'],
    ['a wrong join code', '/live/api/join', json({ code: 'ZZZZZZ', token: T }), 403, 'This join code is not the session’s: check the code on the screen.'],
    ['a bad token', '/live/api/join', json({ code: 'ZZZZZZ', token: 'x' }), 400, 'token: a seat token is 32 hex digits'],
    ['an answer from nobody', '/live/api/answer', json({ token: T, poll: 'q:x', picks: [[0]] }), 403, 'This phone has not joined the session: join again.'],
    ['a command without the key', '/live/api/presenter/command', json({ type: 'open', poll }), 403, 'Only the presenter, with the trainer key, can do this.'],
    ['a command with the join code', '/live/api/presenter/command?key=ABCDEF', json({ type: 'open', poll }), 403, 'Only the presenter, with the trainer key, can do this.'],
    ['the export without the key', '/live/api/presenter/results', {}, 403, 'Only the presenter, with the trainer key, can do this.'],
    ['a body too large', '/live/api/join', json('x'.repeat(70_000)), 413, 'A request is at most 65536 bytes.'],
    ['an unknown route', '/live/api/nothing', {}, 404, 'No such live-class request.'],
  ])('%s', async (_, path, init, status, message) => {
    const { room } = open();
    const before = room.state;
    const res = await room.app.request(path, init);
    expect([res.status, ((await res.json()) as { message: string }).message]).toEqual([status, message]);
    expect(room.state).toBe(before);
  });
});

describe('classroom server: a session', () => {
  it('joins, opens, answers once however often sent, and resumes after a restart', async () => {
    const { room, o } = open();
    const key = { 'x-trainer-key': room.header.key };
    expect((await room.app.request('/live/api/join', json({ code: room.header.code.toLowerCase(), token: T, name: '王芳' }))).status).toBe(200);
    expect((await room.app.request('/live/api/presenter/command', json({ type: 'open', poll }, key))).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await room.app.request('/live/api/answer', json({ token: T, poll: 'q:x', picks: [[1]] }))).status).toBe(200);
    expect(room.state.polls['q:x']!.counts).toEqual([[0, 1]]);
    const lines = readFileSync(o.journal, 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).type ?? JSON.parse(l).kind)).toEqual(['sales-course-live', 'join', 'open', 'answer']);

    const again = createClassroom({ ...o, course: 'customer-org' });
    rooms.push(again);
    expect([again.resumed, again.header.key, again.state]).toEqual([true, room.header.key, room.state]);
  });
});

describe('classroom server: pages', () => {
  it('marks served pages live, keeps their CSP (sent as a header too), and never serves the service worker', async () => {
    const { room } = open();
    const res = await room.app.request('/live/');
    const html = await res.text();
    expect(html).toContain('<html data-live="1" lang="zh-CN">');
    expect(html).toContain('<script>1</script>');
    expect(res.headers.get('content-security-policy')).toBe(CSP);
    expect((await room.app.request('/live')).status).toBe(301);
    expect((await room.app.request('/sw.js')).status).toBe(404);
    expect((await room.app.request('/../../etc/passwd')).status).toBe(404);
    expect(markLive('<html>')).toBe('<html data-live="1">');
  });
});
