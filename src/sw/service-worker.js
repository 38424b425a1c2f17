/*
 * The site offline. The build (src/integrations/offline.ts) puts VERSION, BASE (the site's base,
 * "/" or a sub-path such as "/training/") and FILES in front of this file: every page a trainee
 * studies with, the assets, and the search index, as URLs under BASE.
 *  - install: keep every file in a cache for this version; the new worker then waits, so a page
 *    can tell the trainee a new version is ready (src/client/update-notice.ts) and let them choose
 *    when to reload;
 *  - activate: drop older versions' caches (progress lives in localStorage and is not touched);
 *  - fetch: same-site GETs from the cache first (by path, whatever the query), then
 *    the network, which also fills the cache for pages not stored up front (presenter views…).
 */
/* global VERSION, BASE, FILES */
const CACHE = `course-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('course-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Assets are named by their content; a query (a search, Astro's retry marker) or a Vary
      // header (module scripts send Origin) must not make a stored file miss.
      const hit = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
      if (hit) return hit;
      try {
        const response = await fetch(request);
        if (response.ok && response.type === 'basic') cache.put(request, response.clone());
        return response;
      } catch (error) {
        const fallback = request.mode === 'navigate' ? await cache.match(`${BASE}404.html`) : undefined;
        if (fallback) return fallback;
        throw error;
      }
    }),
  );
});
