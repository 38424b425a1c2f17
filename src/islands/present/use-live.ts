/*
 * The presenter's side of a live class, on pages the classroom server marked live
 * (<html data-live="1">); elsewhere it does nothing and sends nothing. The trainer key comes from
 * the address the server printed (#trainer=…), is kept for this tab only, and is taken out of the
 * address bar so it is never on the projected screen. Arriving on a question, a scenario decision
 * or a discussion opens it for phones; the phones' counts flow into the session the audience window
 * draws, and the reveal (R) reveals on the phones too.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Poll, Command } from '../../schemas/live.ts';
import type { Action, Session } from '../../lib/slides/session.ts';
import type { PresenterView } from '../../lib/live/views.ts';
import { promptPoll, questionPoll, votePoll } from '../../lib/live/poll.ts';
import { available, replay } from '../../lib/scenario/engine.ts';
import { follow, post } from '../live/api.ts';
import type { T } from '../../i18n/t.ts';
import type { DeckData } from '../../lib/slides/deck.ts';

const KEY = 'sales-course:live-trainer';
export interface JoinInfo {
  code: string;
  url: string;
  qr: string;
}

export const isLive = () => typeof document !== 'undefined' && document.documentElement.dataset.live === '1';

function takeKey(): string {
  const m = location.hash.match(/trainer=([0-9a-f]{32})/);
  if (m) {
    sessionStorage.setItem(KEY, m[1]!);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(KEY) ?? '';
}

const textOf = (html: string) => (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 600);
/** The course and lesson ids, from the lesson's address (/<course>/<lesson>/, or under /en/). */
const idsOf = (deck: DeckData) => {
  const parts = deck.urls.lesson.split('/').filter(Boolean);
  return { course: parts.at(-2) ?? 'course', lesson: parts.at(-1) ?? 'lesson' };
};

/** What phones are asked on this slide, if anything. */
export function pollFor(deck: DeckData, session: Session, t: T): Poll | null {
  const slide = deck.slides[session.slide];
  const { course, lesson } = idsOf(deck);
  if (!slide) return null;
  if (slide.kind === 'question') {
    const q = deck.questions[slide.index];
    return q ? questionPoll(q, { yes: t('quiz.true'), no: t('quiz.false'), position: (n) => t('present.position', { n }) }, course, lesson) : null;
  }
  if (slide.kind === 'scenario') {
    const s = deck.scenarios[slide.id]?.scenario;
    if (!s) return null;
    const path = session.plays[s.id]?.path ?? [];
    const { state } = replay(s, path);
    const node = s.nodes[state.node];
    if (!node || node.ending) return null;
    return votePoll(s.id, path, node.text.slice(0, 600), available(s, state).map(({ index, choice }) => ({ index, label: choice.label })), course, lesson);
  }
  if (slide.kind === 'discussion') return promptPoll(lesson, session.slide, textOf(slide.html) || deck.lesson.title, course);
  return null;
}

export function useLive(deck: DeckData, session: Session, act: (a: Action) => void, role: 'presenter' | 'audience', t: T) {
  const live = isLive();
  const [key, setKey] = useState(() => (live && role === 'presenter' ? takeKey() : ''));
  const [view, setView] = useState<PresenterView | null>(null);
  const [join, setJoin] = useState<JoinInfo | null>(null);
  const [up, setUp] = useState(true);
  const [badKey, setBadKey] = useState(false);
  const opened = useRef(new Set<string>());
  const channel = `${deck.channel}:live`;
  const poll = live && role === 'presenter' ? pollFor(deck, session, t) : null;

  // Commands reach the server in the order the trainer gave them (moving fast through slides opens
  // and closes polls): each is sent once the one before has been answered.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const command = (c: Command) => {
    const sent = queue.current.then(() => post('/live/api/presenter/command', c, { 'x-trainer-key': key }));
    queue.current = sent.catch(() => undefined);
    return sent;
  };

  // Presenter: the join code and QR code, and the session's state as it changes.
  useEffect(() => {
    if (!live || role !== 'presenter' || !key) return;
    let stop = () => {};
    let cancelled = false;
    void fetch('/live/api/presenter/join', { headers: { 'x-trainer-key': key } })
      .then(async (res) => {
        if (cancelled) return;
        if (res.status === 403) {
          sessionStorage.removeItem(KEY);
          setBadKey(true);
          return setKey('');
        }
        setBadKey(false);
        setJoin((await res.json()) as JoinInfo);
        stop = follow<PresenterView>(`/live/api/presenter/events?key=${key}`, setView, setUp);
      })
      .catch(() => setUp(false));
    return () => {
      cancelled = true;
      stop();
    };
  }, [key]);

  // The audience window shows what it gets from the presenter (same browser): the join code and
  // QR code, and a discussion's responses while the trainer shows them.
  const [showResponses, setShowResponses] = useState(false);
  const [roomResponses, setRoomResponses] = useState<{ name: string; text: string }[] | null>(null);
  const state = poll && view?.polls[poll.id];
  const anonymous = (seat: string) => t('present.live.anonymous', { n: seat.slice(1) });
  const shared = role === 'presenter' && showResponses && poll?.kind === 'prompt' && state ? state.responses.map((r) => ({ name: r.name || anonymous(r.seat), text: r.text })) : null;
  const message = JSON.stringify({ join, responses: shared });
  useEffect(() => {
    if (!live) return;
    const bc = new BroadcastChannel(channel);
    if (role === 'audience') {
      bc.onmessage = (e: MessageEvent<string>) => {
        if (e.data === 'hello') return;
        const m = JSON.parse(e.data) as { join: JoinInfo | null; responses: typeof roomResponses };
        setJoin(m.join);
        setRoomResponses(m.responses);
      };
      bc.postMessage('hello');
    } else {
      if (join) bc.postMessage(message);
      bc.onmessage = (e) => e.data === 'hello' && join && bc.postMessage(message);
    }
    return () => bc.close();
  }, [message]);
  useEffect(() => setShowResponses(false), [poll?.id]);

  // Arriving on something the phones can answer opens it, once; the trainer closes or reopens it by hand.
  useEffect(() => {
    if (!view || !poll || opened.current.has(poll.id)) return;
    opened.current.add(poll.id);
    if (!view.polls[poll.id]) void command({ type: 'open', poll });
  }, [view !== null, poll?.id]);

  useEffect(() => {
    if (view) void command({ type: 'slide', slide: session.slide });
  }, [view !== null, session.slide]);

  // The phones' counts into the session (the audience window draws them when revealed).
  useEffect(() => {
    if (!poll || !state) return;
    const slide = deck.slides[session.slide]!;
    if (poll.kind === 'question' && JSON.stringify(session.tallies[session.slide]) !== JSON.stringify(state.counts)) act({ type: 'counts', slide: session.slide, counts: state.counts });
    if (poll.kind === 'vote' && slide.kind === 'scenario') {
      const scenario = deck.scenarios[slide.id]!.scenario;
      const { state: play } = replay(scenario, session.plays[slide.id]?.path ?? []);
      const pending = new Array<number>(scenario.nodes[play.node]?.choices?.length ?? 0).fill(0);
      poll.rows[0]!.options.forEach((o, i) => (pending[Number(o.id)] = state.counts[0]?.[i] ?? 0));
      if (JSON.stringify(session.plays[slide.id]?.pending ?? []) !== JSON.stringify(pending)) act({ type: 'votes', scenario: slide.id, pending });
    }
  }, [state, session.slide]);

  // The reveal (R or the button) reveals on the phones too.
  const revealed = !!session.revealed[session.slide];
  useEffect(() => {
    if (poll && state && revealed && state.status !== 'revealed') void command({ type: 'reveal', poll: poll.id });
  }, [revealed, state?.status]);

  return {
    live,
    needsKey: live && role === 'presenter' && !key,
    badKey,
    useKey: (k: string) => {
      const v = k.trim().toLowerCase();
      sessionStorage.setItem(KEY, v);
      setKey(v);
    },
    key,
    view,
    join,
    up,
    poll,
    state: state || null,
    command,
    showResponses,
    setShowResponses,
    roomResponses,
  };
}

export type Live = ReturnType<typeof useLive>;
