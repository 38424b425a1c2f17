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

// The site's root (its base, "/" or "/training/") or, in the SCORM package, a relative path to it.
const pagefind = assetPath('pagefind/pagefind.js');
let engine: Promise<Pagefind> | null = null;
const load = () => (engine ??= import(/* @vite-ignore */ `${pagefind.startsWith('/') ? '' : './'}${pagefind}`) as Promise<Pagefind>);

/** <site-search> (src/pages/[...lang]/search.astro): its form, the status line and the result list, with their strings. */
customElements.define(
  'site-search',
  class extends HTMLElement {
    run = 0;
    timer: ReturnType<typeof setTimeout> | undefined;

    connectedCallback() {
      const form = this.querySelector<HTMLFormElement>('[data-search-form]')!;
      const input = form.querySelector('input')!;
      input.addEventListener('input', () => {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.search(input.value), 250);
      });
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        void this.search(input.value);
      });
      const q = new URLSearchParams(location.search).get('q') ?? '';
      input.value = q;
      if (q) void this.search(q);
    }

    async search(q: string) {
      const mine = ++this.run;
      const status = this.querySelector<HTMLElement>('[data-search-status]')!;
      const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
      const url = new URL(location.href);
      url.searchParams.set('q', q);
      history.replaceState(null, '', url);
      list.replaceChildren();
      if (!q.trim()) return void (status.textContent = '');
      status.textContent = status.dataset.loading!;
      try {
        const found = await (await load()).search(q);
        const results = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
        if (mine !== this.run) return;
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
  },
);
