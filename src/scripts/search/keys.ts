// Arrow keys move from the search field through the result links and back.
export function moveThroughResults(event: KeyboardEvent, input: HTMLInputElement, list: HTMLOListElement): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('li h2 a')];
  if (links.length === 0) return;
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  let next: HTMLElement | undefined;
  if (document.activeElement === input) next = event.key === 'ArrowDown' ? links[0] : undefined;
  else if (at >= 0) next = event.key === 'ArrowDown' ? links[Math.min(at + 1, links.length - 1)] : at === 0 ? input : links[at - 1];
  if (!next) return;
  event.preventDefault();
  next.focus();
}
