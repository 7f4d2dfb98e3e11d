import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setLanguage, uiLang } from '../utils/i18n';
import { type Language, settings } from '../utils/settings';
import { ErrorBoundary } from '../components/ErrorBoundary';

function applyLargeFont(on: boolean): void {
  document.documentElement.classList.toggle('large-font', on);
}

/**
 * Mounts an extension page after reading the two settings every screen depends on (language, large font), so
 * the first paint is already right; later changes (from the options page) re-render in place. A page that
 * has them already (the popup's start) passes them in.
 */
export async function bootPage(
  render: () => ReactNode,
  known?: { language: Language; largeFont: boolean },
): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  let generation = 0;
  const paint = () => {
    document.documentElement.lang = uiLang();
    generation += 1;
    // A new key remounts the tree, so every t() call picks up a changed language.
    root.render(
      <StrictMode>
        <ErrorBoundary key={generation}>{render()}</ErrorBoundary>
      </StrictMode>,
    );
  };
  const [language, largeFont] = known
    ? [known.language, known.largeFont]
    : await Promise.all([
        settings.language.get().catch(() => 'auto' as const),
        settings.largeFont.get().catch(() => false),
      ]);
  let current = language;
  await setLanguage(language);
  applyLargeFont(largeFont);
  paint();
  settings.language.watch((next) => {
    // Importing or resetting settings rewrites the value; only a real change remounts the page.
    if (next === current) return;
    current = next;
    // A locale file that fails to load leaves the page in the language it has.
    setLanguage(next).then(
      () => current === next && paint(),
      () => undefined,
    );
  });
  settings.largeFont.watch(applyLargeFont);
}
