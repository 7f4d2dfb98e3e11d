import { browser } from '#imports';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { tierHosts } from '../../lib/sites';
import { t } from '../../utils/i18n';
import { NoHintSites, settings, type HintSettings as Hints } from '../../utils/settings';
import { useTask } from '../../hooks/use-task';

// Where the inline hint card appears (domain.md, "Where 保知 runs"): official national sites, also provincial
// and city bureau sites, also Q&A sites, or nowhere; and the sites where it is off. The badge and the
// popup's answer are not affected. Bureau and Q&A sites need their optional host permission, requested when
// the box is ticked; the background then registers the content script for them (utils/bg-registration.ts).

export type OptionalTier = 'bureau' | 'qa';
const KEY: Record<OptionalTier, 'bureaus' | 'qa'> = { bureau: 'bureaus', qa: 'qa' };

/**
 * Ticks "also on bureau / Q&A sites". Must be called synchronously from the click: browsers show the
 * permission prompt only during a user gesture, so nothing may be awaited before permissions.request.
 * Resolves false when the user refuses; the setting then stays off.
 */
export function enableTier(tier: OptionalTier): Promise<boolean> {
  return browser.permissions.request({ origins: tierHosts(tier) }).then(async (granted) => {
    if (granted) await settings.hints.set({ ...(await settings.hints.get()), [KEY[tier]]: true });
    return granted;
  });
}

export async function disableTier(tier: OptionalTier): Promise<void> {
  await settings.hints.set({ ...(await settings.hints.get()), [KEY[tier]]: false });
}

/** Gives the access back: the background unregisters the content script there (permissions.onRemoved). */
export async function revokeTier(tier: OptionalTier): Promise<void> {
  await disableTier(tier);
  await browser.permissions.remove({ origins: tierHosts(tier) });
}

export async function tierGranted(tier: OptionalTier): Promise<boolean> {
  return browser.permissions.contains({ origins: tierHosts(tier) });
}

/** A typed site as the hostname the card compares with ('https://Zhidao.Baidu.com/q' → 'zhidao.baidu.com'). */
export function parseSite(input: string): string | null {
  const value = input.trim();
  if (!value) return null;
  try {
    const host = new URL(value.includes('://') ? value : `https://${value}`).hostname.toLowerCase();
    return host.includes('.') && NoHintSites.safeParse([host]).success ? host : null;
  } catch {
    return null;
  }
}

export async function addNoHintSite(host: string): Promise<void> {
  const sites = await settings.noHintSites.get();
  if (!sites.includes(host)) await settings.noHintSites.set([...sites, host]);
}

export async function removeNoHintSite(host: string): Promise<void> {
  await settings.noHintSites.set((await settings.noHintSites.get()).filter((site) => site !== host));
}

export function HintSettings() {
  const id = useId();
  const [hints, setHints] = useState<Hints | null>(null);
  const [sites, setSites] = useState<string[]>([]);
  const [granted, setGranted] = useState<Record<OptionalTier, boolean>>({ bureau: false, qa: false });
  const [problem, setProblem] = useState('');
  const [draft, setDraft] = useState('');
  const { run, fail } = useTask();

  useEffect(() => {
    const refreshGranted = () =>
      run(
        Promise.all([tierGranted('bureau'), tierGranted('qa')]).then(([bureau, qa]) =>
          setGranted({ bureau, qa }),
        ),
      );
    settings.hints.get().then(setHints, fail);
    settings.noHintSites.get().then(setSites, fail);
    refreshGranted();
    const unwatch = [settings.hints.watch(setHints), settings.noHintSites.watch(setSites)];
    // Access can also be taken back from the browser's own extension settings.
    browser.permissions.onAdded.addListener(refreshGranted);
    browser.permissions.onRemoved.addListener(refreshGranted);
    return () => {
      unwatch.forEach((stop) => stop());
      browser.permissions.onAdded.removeListener(refreshGranted);
      browser.permissions.onRemoved.removeListener(refreshGranted);
    };
  }, [run, fail]);

  if (!hints) return null;

  const toggleTier = (tier: OptionalTier, checked: boolean) => {
    setProblem('');
    if (!checked) return run(disableTier(tier));
    run(
      enableTier(tier).then((ok) => {
        if (ok) setGranted((old) => ({ ...old, [tier]: true }));
        else setProblem(t('permDenied'));
      }),
    );
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    const host = parseSite(draft);
    if (!host) return setProblem(t('hintNoSitesInvalid'));
    setProblem('');
    setDraft('');
    run(addNoHintSite(host));
  };

  const tierRow = (tier: OptionalTier, label: string, note: string) => (
    <div className="hint-tier">
      <label>
        <input
          type="checkbox"
          disabled={!hints.enabled}
          checked={hints[KEY[tier]] && granted[tier]}
          onChange={(event) => toggleTier(tier, event.currentTarget.checked)}
        />{' '}
        {label}
      </label>
      <div className="hint-note">
        {granted[tier] ? (
          <>
            {t('permGranted')}{' '}
            <button type="button" className="link" onClick={() => run(revokeTier(tier))}>
              {t('permRevoke')}
            </button>
          </>
        ) : (
          note
        )}
      </div>
    </div>
  );

  return (
    <section aria-labelledby={`${id}-title`} className="hint-settings">
      <h2 id={`${id}-title`}>{t('hintSettingsTitle')}</h2>
      <p>{t('hintSettingsHelp')}</p>
      <fieldset>
        <legend>{t('hintWhere')}</legend>
        <label>
          <input
            type="checkbox"
            checked={hints.enabled}
            onChange={(event) => run(settings.hints.set({ ...hints, enabled: event.currentTarget.checked }))}
          />{' '}
          {t('hintEnabled')}
        </label>
        {tierRow('bureau', t('hintBureaus'), t('hintBureausNote'))}
        {tierRow('qa', t('hintQa'), t('hintQaNote'))}
      </fieldset>
      <h3 id={`${id}-sites`}>{t('hintNoSitesTitle')}</h3>
      {sites.length === 0 ? (
        <p>{t('hintNoSitesEmpty')}</p>
      ) : (
        <ul aria-labelledby={`${id}-sites`}>
          {sites.map((site) => (
            <li key={site}>
              <button type="button" onClick={() => run(removeNoHintSite(site))}>
                {t('hintNoSitesRemove', site)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} className="row">
        <label htmlFor={`${id}-site`}>{t('hintNoSitesLabel')}</label>
        <input
          id={`${id}-site`}
          value={draft}
          placeholder="zhidao.baidu.com"
          onChange={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit">{t('hintNoSitesAdd')}</button>
      </form>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
