// "/" focuses search from any page: the search page's own field, or the header's. Loads nothing else.
import { PAGE_IDS } from '../../lib/page-ids.ts';

function typingSomewhere(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typingSomewhere(event.target)) return;
  const field = document.querySelector<HTMLInputElement>('[data-search-input]:not([hidden] *)') ?? (document.getElementById(PAGE_IDS.siteSearch) as HTMLInputElement | null);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.select();
});
