// When the app's WebAssembly stops on an internal error (a trap: the release build aborts on a
// panic), the page would keep showing "Saved" while nothing works or saves. Say so instead, in
// words, and point at the way out: what was saved before is in the browser; a reload resumes.
(() => {
  const stopped = () => {
    if (document.getElementById('stopped-alert')) return;
    const alert = document.createElement('div');
    alert.id = 'stopped-alert';
    alert.className = 'alert stopped';
    alert.setAttribute('role', 'alert');
    alert.setAttribute('data-testid', 'stopped-alert');
    const text = document.createElement('p');
    text.textContent =
      'Launchplan stopped after an internal error. What was saved before it is safe in this browser; ' +
      'a change made since the last "Saved" may not be. Reload the page to continue.';
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.textContent = 'Reload';
    reload.addEventListener('click', () => location.reload());
    alert.append(text, reload);
    document.body.prepend(alert);
    // The save status must not claim what is no longer true.
    for (const status of document.querySelectorAll('[data-testid="save-status"]')) {
      status.textContent = 'Not saved: Launchplan stopped. Reload the page.';
    }
  };
  const isTrap = (e) => typeof WebAssembly !== 'undefined' && e instanceof WebAssembly.RuntimeError;
  addEventListener('error', (event) => { if (isTrap(event.error)) stopped(); });
  addEventListener('unhandledrejection', (event) => { if (isTrap(event.reason)) stopped(); });
})();
