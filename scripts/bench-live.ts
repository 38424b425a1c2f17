// The live-class load run of `npm run bench`: the classroom server (its own process, on loopback)
// with N simulated phones, each joined and following the event stream, answering Q questions the
// simulated presenter opens and closes; one answer in ten is sent twice (a phone retrying). Prints
// lost answers, double counts, the p95 time from an answer to the presenter's tally showing it,
// and the server's memory. Bounded in participants, questions and time; timings are never asserted.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { freePort } from './serve.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Reads an SSE response, calling `onData` with each `data:` payload, until aborted. */
async function readEvents(res: Response, onData: (data: string) => void) {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
    if (done) return;
    buffer += value;
    let at;
    while ((at = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, at);
      buffer = buffer.slice(at + 2);
      const data = block.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
      if (data) onData(data);
    }
  }
}

/** Runs `task` over `items`, `width` at a time. */
async function pool<T>(items: T[], width: number, task: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await task(items[next++]!);
  }));
}

const rssKb = (pid: number) => {
  const status = `/proc/${pid}/status`;
  if (!existsSync(status)) return NaN;
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(status, 'utf8'))?.[1] ?? NaN);
};

export async function liveLoadRun({ participants = 300, questions = 10, limitMs = 120_000, root = process.cwd() } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'live-bench-'));
  const journal = join(dir, 'live.jsonl');
  const port = await freePort();
  const server = spawn(process.execPath, ['scripts/classroom.ts', '--port', String(port), '--journal', journal, '--quiet'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((done, fail) => {
    server.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && done());
    server.on('exit', (code) => fail(new Error(`classroom server exited (${code})`)));
  });
  const base = `http://127.0.0.1:${port}`;
  const header = JSON.parse(readFileSync(journal, 'utf8').split('\n')[0]!) as { code: string; key: string };
  const trainer = { 'x-trainer-key': header.key, 'Content-Type': 'application/json' };
  const abort = new AbortController();
  const deadline = Date.now() + limitMs;
  const started = performance.now();

  // The presenter's stream: when each sequence number was first shown, and the last counts.
  const shown: { seq: number; at: number }[] = [];
  let lastView: { polls: Record<string, { counts: number[][]; answered: number }> } = { polls: {} };
  const presenter = await fetch(`${base}/live/api/presenter/events?key=${header.key}`, { signal: abort.signal });
  void readEvents(presenter, (d) => {
    const v = JSON.parse(d) as { seq: number } & typeof lastView;
    shown.push({ seq: v.seq, at: performance.now() });
    lastView = v;
  });

  const tokens = Array.from({ length: participants }, (_, i) => i.toString(16).padStart(32, '0'));
  await pool(tokens, 50, async (token) => {
    const r = await fetch(`${base}/live/api/join`, { method: 'POST', body: JSON.stringify({ code: header.code, token, name: `P${token.slice(-4)}` }) });
    if (!r.ok) throw new Error(`join: ${r.status} ${await r.text()}`);
    // Every phone follows the session, as a real one does.
    void fetch(`${base}/live/api/events?token=${token}`, { signal: abort.signal }).then((res) => readEvents(res, () => {})).catch(() => {});
  });

  const sent: { seq: number; at: number }[] = [];
  const expected = new Map<string, number>();
  let refused = 0;
  for (let q = 0; q < questions && Date.now() < deadline; q++) {
    // A class moves on after seconds or minutes; the bench moves on after 0.4 s at the least, so a
    // phone that sends twice stays within the answer rate limit (a burst of 10, then 5 a second)
    // and what is measured is the server, not the limit (refused answers are counted apart).
    const questionStart = performance.now();
    const poll = { id: `q:bench-${q}`, kind: 'question', qtype: 'single', ref: `bench-${q}`, course: 'bench', prompt: `Question ${q + 1}`, rows: [{ id: '', label: '', options: ['a', 'b', 'c', 'd'].map((id, i) => ({ id, text: id.toUpperCase(), correct: i === 0 })) }] };
    await fetch(`${base}/live/api/presenter/command`, { method: 'POST', headers: trainer, body: JSON.stringify({ type: 'open', poll }) });
    await pool(tokens, 50, async (token) => {
      const pick = (parseInt(token, 16) * 7 + q) % 4;
      const body = JSON.stringify({ token, poll: poll.id, picks: [[pick]] });
      for (let send = 0; send < (parseInt(token, 16) % 10 === 0 ? 2 : 1); send++) {
        const at = performance.now();
        const r = await fetch(`${base}/live/api/answer`, { method: 'POST', body });
        const res = (await r.json()) as { seq?: number; changed?: boolean };
        if (!r.ok) refused++;
        else if (res.changed) sent.push({ seq: res.seq!, at });
      }
      expected.set(`${poll.id} ${token}`, pick);
    });
    // The presenter has shown the last answer before the question closes.
    const last = Math.max(...sent.map((s) => s.seq));
    while (!shown.some((s) => s.seq >= last) && Date.now() < deadline) await sleep(5);
    await fetch(`${base}/live/api/presenter/command`, { method: 'POST', headers: trainer, body: JSON.stringify({ type: 'close', poll: poll.id }) });
    await sleep(Math.max(0, 400 - (performance.now() - questionStart)));
  }
  const elapsed = performance.now() - started;
  const memory = rssKb(server.pid!);

  // Latency: from sending an answer to the first presenter update that includes it.
  const latencies = sent.map((s) => (shown.find((x) => x.seq >= s.seq)?.at ?? Infinity) - s.at).sort((a, b) => a - b);
  const p95 = latencies[Math.floor(latencies.length * 0.95)] ?? NaN;

  // Lost and double counts, from the server's own export: every expected answer there, each counted once.
  const results = (await (await fetch(`${base}/live/api/presenter/results`, { headers: trainer })).json()) as { seat: string; file: { name: string; live: { answers: Record<string, string> } } }[];
  const got = new Map<string, string>(results.flatMap((r) => Object.entries(r.file.live.answers).map(([q, a]): [string, string] => [`q:${q} ${'0'.repeat(28)}${r.file.name.slice(1).toLowerCase()}`, a])));
  let lost = 0;
  for (const [key, pick] of expected) if (got.get(key) !== ['a', 'b', 'c', 'd'][pick]) lost++;
  let doubles = 0;
  for (const p of Object.values(lastView.polls)) doubles += Math.max(0, p.counts[0]!.reduce((a, b) => a + b, 0) - p.answered);
  doubles += Math.max(0, Object.values(lastView.polls).reduce((a, p) => a + p.answered, 0) - expected.size);

  abort.abort();
  server.kill('SIGTERM');
  await new Promise((done) => server.once('exit', done));
  rmSync(dir, { recursive: true, force: true });
  return { participants, questions, answers: expected.size, refused, lost, doubles, p95, elapsed, memory };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Alone: node scripts/bench-live.ts (needs a build in dist/).
  const r = await liveLoadRun();
  console.log(r);
}
