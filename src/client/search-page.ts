/*
 * The search page: Pagefind's index, built with the site (src/integrations/search-index.ts),
 * queried in the browser. Results link to lessons, their sections (knowledge-check questions) and
 * scenarios, in the page's language. Works offline once the index is cached.
 */
import { format } from '../i18n/format.ts';
import { assetPath } from '../lib/urls.ts';

interface Result {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  search(q: string): Promise<{ results: { data(): Promise<Result> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector('input')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
// The site's root (its base, "/" or "/training/") or, in the SCORM package, a relative path to it.
const pagefind = assetPath('pagefind/pagefind.js');

let engine: Promise<Pagefind> | null = null;
const load = () => (engine ??= import(/* @vite-ignore */ `${pagefind.startsWith('/') ? '' : './'}${pagefind}`) as Promise<Pagefind>);

let run = 0;
async function search(q: string) {
  const mine = ++run;
  const url = new URL(location.href);
  url.searchParams.set('q', q);
  history.replaceState(null, '', url);
  list.replaceChildren();
  if (!q.trim()) return void (status.textContent = '');
  status.textContent = status.dataset.loading!;
  try {
    const found = await (await load()).search(q);
    const results = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
    if (mine !== run) return;
    const n = found.results.length;
    status.textContent = results.length ? (n === 1 ? status.dataset.resultsOne! : format(status.dataset.results!, { n })) : format(status.dataset.none!, { q });
    for (const r of results) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = r.url;
      a.textContent = r.meta.title ?? r.url;
      const p = document.createElement('p');
      // Pagefind's excerpt is text from this site's own pages with <mark> around the matches.
      p.innerHTML = r.excerpt;
      li.append(a, p);
      list.append(li);
    }
  } catch {
    status.textContent = status.dataset.offline!;
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void search(input.value), 250);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  void search(input.value);
});
const q = new URLSearchParams(location.search).get('q') ?? '';
input.value = q;
if (q) void search(q);
