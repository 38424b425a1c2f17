/*
 * Progress on static pages, without a framework: a lesson page's whole JavaScript budget is
 * 3 KB gzip. Pages say what to show with data attributes (src/components/*.astro) and carry
 * every string themselves, so the client scripts hold no UI text.
 */
import { lessonStates } from '../lib/progress/record.ts';
import { progress, startProgress } from '../stores/progress.ts';
import { $$ } from './dom.ts';
import { showNotice } from './storage-notice.ts';

const notice = startProgress();
if (notice) showNotice(notice);

/** Each [data-course-scope] element shows one course's progress: its lessons, and the completion rule (src/data/catalog.ts scopeAttributes). */
export const scopes = () =>
  $$('[data-course-scope]').map((el) => {
    const d = el.dataset;
    return { el, course: d.courseScope!, ids: d.lessons!.split(','), rule: { passPercent: Number(d.pass), checked: d.checks!.split(',') } };
  });

progress.subscribe((p) => {
  for (const { el, course, ids, rule } of scopes()) {
    for (const l of lessonStates(p, course, ids, rule)) for (const item of $$(`[data-lesson-item="${l.id}"]`, el)) item.dataset.state = l.state;
  }
});

// "/" or Ctrl+K (⌘K) goes to the search box in the header, from anywhere but a text field.
addEventListener('keydown', (e) => {
  if (e.key === '/' ? !(e.target as Element).matches('input,textarea,select') : e.key === 'k' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    document.getElementById('site-search')?.focus();
  }
});
