/* On a lesson page: the visit, the completion mark, the heading being read, and active study time. */
import './progress-marks.ts';
import { progress, markDone, readAt, studied, visit } from '../stores/progress.ts';
import { $, $$ } from './dom.ts';

const button = $<HTMLButtonElement>('button[data-mark-done]')!;
const { course, lesson } = button.dataset as { course: string; lesson: string };
visit(course, lesson);
progress.subscribe((p) => {
  const done = !!p.courses[course]?.lessons[lesson]?.done;
  button.setAttribute('aria-pressed', String(done));
  button.textContent = (done ? button.dataset.doneLabel : button.dataset.todoLabel) ?? '';
});
button.onclick = () => markDone(course, lesson, button.getAttribute('aria-pressed') !== 'true');

let section = '';
const seen = new IntersectionObserver((entries) => {
  const top = entries.find((e) => e.isIntersecting);
  if (top && top.target.id !== section) readAt(course, lesson, (section = top.target.id));
}, { rootMargin: '0px 0px -70%' });
for (const h of $$('.prose h2[id]')) seen.observe(h);

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
