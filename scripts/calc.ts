// npm run -s calc -- timeline --scheme employee|flexible|resident --last-paid 2026-08 [--resume 2026-12]
//                             [--city 郑州] [--today 2026-12-07]
// npm run -s calc -- contribution --base 6000 [--city 三明] [--scheme employee|flexible] [--today …]
// Prints JSON on stdout (lib/situation/ computes; this file only reads arguments and words the result).
// Bad input: the message on stderr, exit code 2.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PARAMS } from '../lib/dataset/params';
import type { Dataset } from '../lib/dataset/schema';
import { formatMessage, type Messages } from '../lib/i18n-format';
import { NATIONAL, regionChain } from '../lib/scope';
import {
  computeContribution,
  CONTRIBUTION_SCHEMES,
  type Contribution,
  type ContributionScheme,
} from '../lib/situation/contribution';
import { SituationInputError } from '../lib/situation/input-error';
import { recordsForScheme, regionParamsFrom } from '../lib/situation/region-params';
import {
  computeTimeline,
  TIMELINE_SCHEMES,
  type EventDispute,
  type Timeline,
  type TimelineScheme,
} from '../lib/situation/timeline';
import { eventMessage, INSURANCE_KEY, type SituationMessage } from '../lib/situation/wording';
import { fail, resolveCityArg, todayArg } from './lib/engine-cli';
import { loadDataset, loadRegions, MissingDataError, type RegionsModule } from './lib/engine-load';
import { REPO_ROOT } from './lib/paths';

const USAGE = `usage: npm run -s calc -- timeline --scheme ${TIMELINE_SCHEMES.join('|')} --last-paid YYYY-MM [--resume YYYY-MM] [--city <name|code>] [--today YYYY-MM-DD]
       npm run -s calc -- contribution [--base <yuan per month>] [--scheme ${CONTRIBUTION_SCHEMES.join('|')}] [--city <name|code>] [--today YYYY-MM-DD]
       (居民医保: --last-paid is the last year paid, YYYY)`;

/** The input a calculator names in its errors, as the flag the user typed. */
const FLAG: Record<string, string> = {
  lastPaid: '--last-paid',
  resume: '--resume',
  today: '--today',
  base: '--base',
};

const zh = JSON.parse(
  readFileSync(join(REPO_ROOT, 'public/_locales/zh_CN/messages.json'), 'utf8'),
) as Messages;
function say({ key, subs }: SituationMessage): string {
  return formatMessage(zh[key]!, subs);
}

interface Context {
  dataset: Dataset;
  regions: RegionsModule;
}

function place(ctx: Context, code: string) {
  return { code, name: code === NATIONAL ? '全国' : (ctx.regions.getRegion(code)?.name ?? code) };
}

function itemsOf(ctx: Context, ids: readonly string[]) {
  return ids.map((id) => {
    const item = ctx.dataset.items.find((i) => i.item === id);
    return { item: id, title: item?.title ?? null, date: item?.date ?? null };
  });
}

function referencesOf(ctx: Context, citations: readonly { ref: string; article: string | null }[]) {
  return citations.map((c) => {
    const ref = ctx.dataset.references.find((r) => r.id === c.ref);
    return { id: c.ref, title: ref?.title ?? null, number: ref?.number ?? null, article: c.article };
  });
}

function dispute(ctx: Context, d: EventDispute | null) {
  return (
    d && {
      summary: d.summary,
      readings: d.readings.map((r) => ({ text: r.text, sources: itemsOf(ctx, r.sources) })),
    }
  );
}

function timelineJson(ctx: Context, t: Timeline) {
  return {
    kind: t.kind,
    region: place(ctx, t.region),
    scope: t.scope,
    scheme: t.scheme,
    lastPaid: t.lastPaid,
    resume: t.resume,
    resumeAssumed: t.resumeAssumed,
    today: t.today,
    gap: t.gap,
    summary: t.summary,
    events: t.events.map((e) => ({
      month: e.month,
      kind: e.kind,
      what: say(eventMessage(e, t)),
      rule: e.param ? `${e.param.label}:${e.param.value}${e.param.unit}` : null,
      unverified: e.param?.unverified ?? false,
      scope: e.scope,
      period: e.period,
      disputed: dispute(ctx, e.disputed),
      note: dispute(ctx, e.note),
      sources: itemsOf(ctx, e.sources),
      references: referencesOf(ctx, e.references),
      record: e.recordId,
    })),
    unknown: t.unknown.map((id) => ({ id, meaning: PARAMS[id].meaning })),
  };
}

function contributionJson(ctx: Context, c: Contribution) {
  return {
    kind: c.kind,
    region: place(ctx, c.region),
    scope: c.scope,
    scheme: c.scheme,
    base: c.base,
    clampedBase: c.clampedBase,
    clamp: c.clamp,
    baseShare: c.baseShare && {
      value: c.baseShare.value,
      label: c.baseShare.label,
      scope: c.baseShare.scope,
    },
    items: c.items.map((i) => ({
      insurance: i.insurance,
      name: say({ key: INSURANCE_KEY[i.insurance], subs: [] }),
      base: i.base,
      baseFrom: i.baseFrom,
      personalRate: i.personalRate,
      personal: i.personal,
      employerRate: i.employerRate,
      employer: i.employer,
      period: i.period,
      ended: i.ended,
      unverified: i.unverified,
      scope: i.scope,
      records: i.recordIds,
    })),
    personalTotal: c.personalTotal,
    employerTotal: c.employerTotal,
    complete: c.complete,
    accountCredit: c.accountCredit,
    unknown: c.unknown.map((id) => ({ id, meaning: id === 'base' ? '缴费基数' : PARAMS[id].meaning })),
  };
}

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback?: T,
): T {
  if (value === undefined && fallback) return fallback;
  if (value === undefined) fail(`${flag} is required (${allowed.join('|')})\n${USAGE}`);
  if (!(allowed as readonly string[]).includes(value))
    fail(`${flag} must be one of ${allowed.join('|')} (got "${value}")\n${USAGE}`);
  return value as T;
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        scheme: { type: 'string' },
        'last-paid': { type: 'string' },
        resume: { type: 'string' },
        base: { type: 'string' },
        city: { type: 'string' },
        today: { type: 'string' },
      },
    });
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const [kind, ...rest] = positionals;
  if (rest.length > 0 || (kind !== 'timeline' && kind !== 'contribution')) fail(USAGE);
  const today = todayArg(values.today, USAGE);

  let ctx: Context;
  try {
    ctx = { dataset: loadDataset(), regions: await loadRegions() };
  } catch (e) {
    if (e instanceof MissingDataError) fail(e.message);
    throw e;
  }
  let city: string | null = null;
  if (values.city !== undefined) {
    try {
      city = resolveCityArg(ctx.regions, values.city);
    } catch (e) {
      fail(`--city: ${(e as Error).message}`);
    }
  }
  const chain = regionChain(city);

  try {
    if (kind === 'timeline') {
      if (values.base !== undefined) fail(`--base is for contribution, not timeline\n${USAGE}`);
      const scheme = oneOf<TimelineScheme>('--scheme', values.scheme, TIMELINE_SCHEMES);
      if (values['last-paid'] === undefined) fail(`--last-paid is required\n${USAGE}`);
      const params = regionParamsFrom(ctx.dataset.records, chain, recordsForScheme(scheme));
      const t = computeTimeline(
        { scheme, lastPaid: values['last-paid'], resume: values.resume ?? null, today },
        params,
      );
      console.log(JSON.stringify(timelineJson(ctx, t)));
      return;
    }
    if (values['last-paid'] !== undefined || values.resume !== undefined)
      fail(`--last-paid and --resume are for timeline, not contribution\n${USAGE}`);
    const scheme = oneOf<ContributionScheme>('--scheme', values.scheme, CONTRIBUTION_SCHEMES, 'employee');
    let base: number | null = null;
    if (values.base !== undefined) {
      if (!/^\d+(?:\.\d+)?$/.test(values.base.trim()))
        fail(`--base must be a number of yuan per month (got "${values.base}")\n${USAGE}`);
      base = Number(values.base);
    } else if (scheme === 'employee') fail(`--base is required for an employee\n${USAGE}`);
    const params = regionParamsFrom(ctx.dataset.records, chain, recordsForScheme(scheme));
    console.log(JSON.stringify(contributionJson(ctx, computeContribution({ base, scheme, today }, params))));
  } catch (e) {
    if (e instanceof SituationInputError)
      fail(`${FLAG[e.field] ?? e.field}: ${e.message.slice(e.field.length + 2)}`);
    throw e;
  }
}

await main();
