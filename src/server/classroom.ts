/*
 * The live-class server: the built site (marked live) plus the session API, on Hono.
 *
 * - Phones: POST /live/api/join, POST /live/api/answer, GET /live/api/events?token= (SSE).
 * - Presenter (trainer key in the x-trainer-key header, or ?key= for its event stream):
 *   GET /live/api/presenter/events, POST /live/api/presenter/command, GET /live/api/presenter/join,
 *   GET /live/api/presenter/answers.csv, GET /live/api/presenter/results, POST /live/api/presenter/export.
 *
 * Every body is read with a size limit and parsed with src/schemas/live.ts; the session changes
 * only through src/lib/live/session.ts, and every change is appended to the journal first.
 */
import { Hono, type Context } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import { bodyLimit } from 'hono/body-limit';
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import qrcode from 'qrcode-generator';
import type { z } from '../schemas/zod.ts';
import { AnswerRequestSchema, CommandSchema, JOIN_ALPHABET, JoinRequestSchema, LIMITS, TrainerKeySchema, firstIssue } from '../schemas/live.ts';
import { apply, newLive, type LiveEvent, type LiveState } from '../lib/live/session.ts';
import { eventLine, headerLine, replay, type JournalHeader } from '../lib/live/journal.ts';
import { limiter } from '../lib/live/rate.ts';
import { phoneView, presenterView } from '../lib/live/views.ts';
import { CONTENT_TYPES, resolvePath } from './static.ts';
import { sessionCsv, sessionResults } from '../lib/live/results.ts';

export interface ClassroomOptions {
  /** The built site. */
  dist: string;
  /** The session journal (JSON lines); resumed when it exists, unless `fresh`. */
  journal: string;
  /** Start a new session even if the journal holds one (the old file is kept, renamed). */
  fresh?: boolean;
  course?: string;
  /** The address phones use, for the QR code and the join link. */
  publicUrl?: string;
  now?: () => number;
}

const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const joinCode = () => Array.from(randomBytes(6), (b) => JOIN_ALPHABET[b % JOIN_ALPHABET.length]).join('');

/** A QR code of a URL as an SVG image in a data: URL (the site's CSP allows data: images). Drawn here, no network. */
export function qrDataUrl(text: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  return `data:image/svg+xml;base64,${Buffer.from(qr.createSvgTag({ cellSize: 8, margin: 4, scalable: true })).toString('base64')}`;
}

/** The QR code drawn in a terminal with half blocks (two modules per character). */
export function qrTerminal(text: string): string {
  const qr = qrcode(0, 'L');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  const dark = (r: number, c: number) => r >= 0 && c >= 0 && r < n && c < n && qr.isDark(r, c);
  const lines: string[] = [];
  for (let r = -2; r < n + 2; r += 2) {
    let line = '';
    for (let c = -2; c < n + 2; c++) {
      const top = dark(r, c);
      const bottom = dark(r + 1, c);
      // Light modules print as blocks, so the code reads on a dark terminal as on paper.
      line += top && bottom ? ' ' : top ? '▄' : bottom ? '▀' : '█';
    }
    lines.push(line);
  }
  return lines.join('\n');
}

interface Session {
  header: JournalHeader;
  state: LiveState;
}

/** Opens the journal: resumes the session it holds, or starts a new one. */
function openJournal(o: ClassroomOptions, now: number): { session: Session; resumed: boolean; skipped: number } {
  mkdirSync(dirname(o.journal), { recursive: true });
  if (existsSync(o.journal) && !o.fresh) {
    const r = replay(readFileSync(o.journal, 'utf8'));
    if (r.ok) return { session: { header: r.header, state: r.state }, resumed: true, skipped: r.skipped.length };
    renameSync(o.journal, `${o.journal}.unreadable-${now}`);
  } else if (existsSync(o.journal)) {
    renameSync(o.journal, o.journal.replace(/(\.jsonl)?$/, `-${now}.jsonl`));
  }
  const header: JournalHeader = { kind: 'sales-course-live', version: 1, id: `${new Date(now).toISOString().slice(0, 10)}-${hex(4)}`, code: joinCode(), key: hex(16), course: o.course ?? '', startedAt: now };
  writeFileSync(o.journal, headerLine(header));
  return { session: { header, state: newLive(header.id, header.code, now) }, resumed: false, skipped: 0 };
}

/** The HTML as the classroom serves it: marked live on <html>, nothing else changed, so the CSP hashes of its inline scripts and styles stay valid. */
export const markLive = (html: string) => html.replace(/<html(\s|>)/, '<html data-live="1"$1');

/** The page's own CSP (its meta tag), to send as a header too. */
const cspOf = (html: string) => html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i)?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

export function createClassroom(o: ClassroomOptions) {
  const now = o.now ?? Date.now;
  const opened = openJournal(o, now());
  let { header, state } = opened.session;
  const root = resolve(o.dist);
  const phones = new Set<SSEStreamingApi>();
  const presenters = new Set<SSEStreamingApi>();
  const answerLimit = limiter({ burst: 10, perSecond: 5 });
  const joinLimit = limiter({ burst: 5, perSecond: 0.5 });
  let lastPhone = '';
  let presenterTimer: ReturnType<typeof setTimeout> | null = null;

  const send = (streams: Set<SSEStreamingApi>, data: string) => {
    for (const s of streams) s.writeSSE({ event: 'state', data }).catch(() => streams.delete(s));
  };
  const phoneData = () => JSON.stringify(phoneView(state));
  /** Phones hear only what changes their screen; the presenter every change, at most every 25 ms. */
  const broadcast = () => {
    const view = phoneView(state);
    const key = JSON.stringify({ ...view, seq: 0 });
    if (key !== lastPhone) {
      lastPhone = key;
      send(phones, JSON.stringify(view));
    }
    presenterTimer ??= setTimeout(() => {
      presenterTimer = null;
      send(presenters, JSON.stringify(presenterView(state)));
    }, 25);
  };

  /** Applies an event; journals it before the state changes, so what the room was told is on disk. */
  const commit = (e: LiveEvent) => {
    const r = apply(state, e);
    if (!r.ok) return r;
    if (r.changed) {
      appendFileSync(o.journal, eventLine(e));
      state = r.state;
      broadcast();
    }
    return r;
  };

  const isTrainer = (c: Context) => {
    const given = c.req.header('x-trainer-key') ?? c.req.query('key') ?? '';
    if (!TrainerKeySchema.safeParse(given).success) return false;
    return timingSafeEqual(Buffer.from(given), Buffer.from(header.key));
  };
  const fail = (c: Context, status: 400 | 403 | 404 | 409 | 413 | 429, error: string, message: string) => c.json({ error, message }, status);
  /** The request's JSON body as `schema` reads it, or the 400 answer that says why not. */
  const readBody = async <T,>(c: Context, schema: z.ZodType<T>): Promise<{ ok: true; data: T } | { ok: false; response: Response }> => {
    let value: unknown;
    try {
      value = await c.req.json();
    } catch {
      return { ok: false, response: fail(c, 400, 'not-json', 'The request is not JSON.') };
    }
    const parsed = schema.safeParse(value);
    return parsed.success ? { ok: true, data: parsed.data } : { ok: false, response: fail(c, 400, 'invalid', firstIssue(parsed.error)) };
  };

  const publicUrl = () => o.publicUrl ?? '';
  const joinUrl = () => `${publicUrl()}/live/?c=${header.code}`;

  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (!c.res.headers.get('Content-Security-Policy')) c.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  });
  app.use('/live/api/*', bodyLimit({ maxSize: LIMITS.body, onError: (c) => fail(c, 413, 'too-large', `A request is at most ${LIMITS.body} bytes.`) }));

  app.post('/live/api/join', async (c) => {
    const parsed = await readBody(c, JoinRequestSchema);
    if (!parsed.ok) return parsed.response;
    const { code, token, name } = parsed.data;
    if (code !== header.code) return fail(c, 403, 'wrong-code', 'This join code is not the session’s: check the code on the screen.');
    if (!joinLimit.take(token, now()).ok) return fail(c, 429, 'slow-down', 'Too many requests: wait a moment.');
    const r = commit({ type: 'join', at: now(), token, name });
    if (!r.ok) return fail(c, 409, r.error, r.message);
    const seat = r.seat!;
    const mine: Record<string, { picks?: number[][]; text?: string }> = {};
    for (const p of Object.values(state.polls)) {
      if (p.picks[seat]) mine[p.poll.id] = { picks: p.picks[seat] };
      else if (p.texts[seat] !== undefined) mine[p.poll.id] = { text: p.texts[seat] };
    }
    return c.json({ seat, name: state.seats[seat]!.name, session: state.id, answers: mine, view: phoneView(state) });
  });

  app.post('/live/api/answer', async (c) => {
    const parsed = await readBody(c, AnswerRequestSchema);
    if (!parsed.ok) return parsed.response;
    const a = parsed.data;
    const rate = answerLimit.take(a.token, now());
    if (!rate.ok) {
      c.header('Retry-After', String(Math.ceil(rate.retryAfterMs / 1000)));
      return fail(c, 429, 'slow-down', 'Too many answers at once: wait a moment.');
    }
    const r = commit({ type: 'answer', at: now(), token: a.token, poll: a.poll, ...(a.picks ? { picks: a.picks } : {}), ...(a.text !== undefined ? { text: a.text } : {}) });
    if (!r.ok) return fail(c, r.error === 'no-such-poll' ? 404 : r.error === 'unknown-seat' ? 403 : r.error === 'closed' ? 409 : 400, r.error, r.message);
    return c.json({ ok: true, seq: state.seq, changed: r.changed });
  });

  const events = (c: Context, set: Set<SSEStreamingApi>, first: () => string) =>
    streamSSE(c, async (stream) => {
      set.add(stream);
      let alive = true;
      stream.onAbort(() => {
        alive = false;
        set.delete(stream);
      });
      // A dropped stream comes back within a second (the browser's default wait is longer).
      await stream.writeSSE({ event: 'state', data: first(), retry: 1000 });
      while (alive) {
        await stream.sleep(15_000);
        if (alive) await stream.write(': keep-alive\n\n').catch(() => (alive = false));
      }
      set.delete(stream);
    });

  app.get('/live/api/events', (c) => {
    const token = c.req.query('token') ?? '';
    if (!state.tokens[token]) return fail(c, 403, 'unknown-seat', 'This phone has not joined the session: join again.');
    return events(c, phones, phoneData);
  });

  app.use('/live/api/presenter/*', async (c, next) => (isTrainer(c) ? next() : fail(c, 403, 'trainer-only', 'Only the presenter, with the trainer key, can do this.')));
  app.get('/live/api/presenter/events', (c) => events(c, presenters, () => JSON.stringify(presenterView(state))));
  app.get('/live/api/presenter/join', (c) => {
    const base = publicUrl() || new URL(c.req.url).origin;
    const url = `${base}/live/?c=${header.code}`;
    return c.json({ code: header.code, url, qr: qrDataUrl(url) });
  });
  app.post('/live/api/presenter/command', async (c) => {
    const parsed = await readBody(c, CommandSchema);
    if (!parsed.ok) return parsed.response;
    const cmd = parsed.data;
    const r = commit(cmd.type === 'open' ? { type: 'open', at: now(), poll: cmd.poll } : cmd.type === 'slide' ? { type: 'slide', at: now(), slide: cmd.slide, ...(cmd.lesson ? { lesson: cmd.lesson } : {}) } : { type: cmd.type, at: now(), poll: cmd.poll });
    if (!r.ok) return fail(c, 404, r.error, r.message);
    return c.json({ ok: true, seq: state.seq });
  });
  const anonymous = (n: string) => `anonymous ${n}`;
  app.get('/live/api/presenter/answers.csv', (c) => {
    c.header('Content-Disposition', `attachment; filename="live-${state.id}.csv"`);
    return c.body(`\uFEFF${sessionCsv(state, anonymous)}`, 200, { 'Content-Type': 'text/csv; charset=utf-8' });
  });
  app.get('/live/api/presenter/results', (c) => c.json(sessionResults(state, new Date(now()), anonymous)));
  app.post('/live/api/presenter/export', (c) => {
    const folder = join(dirname(o.journal), state.id);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'answers.csv'), `\uFEFF${sessionCsv(state, anonymous)}`);
    const files = sessionResults(state, new Date(now()), anonymous);
    for (const f of files) writeFileSync(join(folder, `results-${f.seat}.json`), JSON.stringify(f.file, null, 2));
    return c.json({ folder: resolve(folder), files: files.length });
  });
  app.all('/live/api/*', (c) => fail(c, 404, 'not-found', 'No such live-class request.'));

  // The built site. The service worker is not served: pages here are marked live, and a cached copy must never outlive the class.
  app.get('/sw.js', (c) => c.text('', 404));
  app.get('*', (c) => {
    const path = decodeURIComponent(new URL(c.req.url).pathname);
    const found = resolvePath(root, path);
    if (found.redirect) return c.redirect(found.redirect, 301);
    const file = found.file ?? join(root, '404.html');
    const status: 200 | 404 = found.file ? 200 : 404;
    if (!existsSync(file)) return c.text('Not found', 404);
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    if (type.startsWith('text/html')) {
      const html = markLive(readFileSync(file, 'utf8'));
      const csp = cspOf(html);
      if (csp) c.header('Content-Security-Policy', csp);
      c.header('Cache-Control', 'no-store');
      return c.body(html, status, { 'Content-Type': type });
    }
    return c.body(readFileSync(file), status, { 'Content-Type': type });
  });

  return {
    app,
    get state() {
      return state;
    },
    get header() {
      return header;
    },
    resumed: opened.resumed,
    skipped: opened.skipped,
    joinUrl,
    /** Ends every open stream (phones reconnect on their own), e.g. before the server stops. */
    dropAll() {
      for (const s of [...phones, ...presenters]) s.abort();
      phones.clear();
      presenters.clear();
    },
  };
}

export type Classroom = ReturnType<typeof createClassroom>;
