/*
 * <mark-done> (src/components/MarkDone.astro), at the end of a lesson: the completion mark, and
 * the lesson's tracking: the visit, the heading being read, and active study time.
 */
import { addSeconds, setDone, setPosition, visitLesson } from '../lib/progress/edit.ts';
import { update } from '../stores/progress.ts';
import { $$, progressElement } from './progress-element.ts';

const visit = (course: string, lesson: string) => update((p) => visitLesson(p, course, lesson, Date.now()));
const markDone = (course: string, lesson: string, done: boolean) => update((p) => setDone(p, course, lesson, done, Date.now()));
const studied = (course: string, lesson: string, seconds: number) => update((p) => addSeconds(p, course, lesson, seconds));
const readAt = (course: string, lesson: string, section: string) => update((p) => setPosition(p, course, lesson, section, Date.now()));

progressElement(
  'mark-done',
  (el, p) => {
    const button = el.querySelector('button')!;
    const done = !!p.courses[button.dataset.course!]?.lessons[button.dataset.lesson!]?.done;
    button.setAttribute('aria-pressed', String(done));
    button.textContent = (done ? button.dataset.doneLabel : button.dataset.todoLabel) ?? '';
  },
  (el) => {
    const button = el.querySelector('button')!;
    const { course, lesson } = button.dataset as { course: string; lesson: string };
    visit(course, lesson);
    button.onclick = () => markDone(course, lesson, button.getAttribute('aria-pressed') !== 'true');

    let section = '';
    const seen = new IntersectionObserver((entries) => {
      const top = entries.find((e) => e.isIntersecting);
      if (top && top.target.id !== section) readAt(course, lesson, (section = top.target.id));
    }, { rootMargin: '0px 0px -70%' });
    for (const h of $$('.prose h2[id]', document)) seen.observe(h);

    // Time counts while the page is visible and the trainee has acted in the last two minutes.
    let lastActive = Date.now();
    let since = lastActive;
    // (Scroll and key listeners here never call preventDefault.)
    for (const ev of ['pointerdown', 'keydown', 'scroll']) addEventListener(ev, () => (lastActive = Date.now()));
    const flush = () => {
      const now = Date.now();
      if (document.visibilityState === 'visible' && now - lastActive < 120_000) studied(course, lesson, (now - since) / 1000);
      since = now;
    };
    setInterval(flush, 15_000);
    addEventListener('visibilitychange', flush);
    addEventListener('pagehide', flush);
  },
);
