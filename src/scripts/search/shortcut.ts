// "/" focuses search from any page: the search page's own field, or the header's. Loads nothing
// else (a data hook, not the id, so the page's list of ids stays out of every page's script).

function typingSomewhere(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typingSomewhere(event.target)) return;
  const field = document.querySelector<HTMLInputElement>('[data-search-input]:not([hidden] *)') ?? document.querySelector<HTMLInputElement>('[data-site-search]');
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.select();
});
