// Launchplan's service worker: the app works offline after one visit.
// - Precaches every file of the build. scripts/post-build.mjs writes the list and the version
//   from dist/ at build time, so it cannot go stale; the two lines below are placeholders.
// - The page shell (navigations) comes from the network first, so a reload picks up a deploy;
//   offline, from the cache.
// - Hashed files (name-0123456789abcdef.ext) never change: cache first.
// - A new version installs alongside and waits; the page offers "reload" and sends
//   "skip-waiting" once the user agrees (and the plan is saved). Nothing is swapped mid-session.
const VERSION = 'dev';
const PRECACHE = [];

const CACHE = `launchplan-${VERSION}`;
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z0-9]+$/;
const SHELL = new URL('./', self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter((name) => name.startsWith('launchplan-') && name !== CACHE);
      await Promise.all(old.map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request, SHELL));
  } else if (HASHED.test(new URL(request.url).pathname)) {
    event.respondWith(cacheFirst(request));
  } else {
    event.respondWith(networkFirst(request, request));
  }
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request)) ?? fetch(request);
}

/** The network's answer; when there is none, this version's cached copy of `fallback`. */
async function networkFirst(request, fallback) {
  try {
    return await fetch(request);
  } catch (error) {
    const cache = await caches.open(CACHE);
    const cached = await cache.match(fallback, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}
