/** The bench (scripts/bench-browser-popup.ts) and tests wait for this: the first answer or list is on screen. */
export function markPainted(what: string): void {
  if (document.documentElement.dataset.painted) return;
  document.documentElement.dataset.painted = what;
  performance.mark('baozhi-painted');
}
