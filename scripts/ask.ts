// npm run -s ask -- [--city <name|code>] [--limit N] [--today YYYY-MM-DD] "<question>"
// npm run -s ask -- --batch <file.jsonl> [--today …]   (one {"query","city"} per line; "home" is accepted for "city")
// Prints JSON on stdout; see lib/engine/match.ts for how answers are found.
import { parseArgs } from 'node:util';
import { scopeLabel } from '../lib/answer-place';
import { ask } from '../lib/engine/match';
import { NATIONAL } from '../lib/scope';
import { answerToPlainText } from '../lib/engine/plain-text';
import { citedReferences } from '../lib/dataset/resolve';
import { staleness } from '../lib/dataset/validity';
import { fail, resolveCityArg, runBatch, todayArg } from './lib/engine-cli';
import { MissingDataError, loadEngine, type Engine } from './lib/engine-load';

const USAGE = `usage: npm run -s ask -- [--city <name|code>] [--limit N] [--today YYYY-MM-DD] "<question>"
       npm run -s ask -- --batch <file.jsonl> [--today YYYY-MM-DD]   (lines of {"query": "...", "city": "郑州" | "410100" | null})`;

function place(engine: Engine, code: string | null) {
  if (!code) return null;
  return { code, name: code === NATIONAL ? '全国' : (engine.regions.getRegion(code)?.name ?? code) };
}

function answer(engine: Engine, query: string, home: string | null, limit: number, today: string) {
  const result = ask(engine.matcher, query, { homeCity: home, limit, today });
  return {
    query,
    city: place(engine, result.city),
    province: place(engine, result.province),
    cityFrom: result.cityFrom,
    coverage: result.coverage,
    hotline: result.hotline,
    // What the question was understood as, also when no record answers it for this place.
    topics: result.topics,
    suggestions: result.suggestions,
    // A question with the user's own numbers or dates, for the calculator (npm run calc) of the answering city.
    calculation: result.calculation && {
      kind: result.calculation.kind,
      inputs: { ...result.calculation.inputs, city: result.city },
    },
    results: result.results.map((hit) => {
      const { record } = hit;
      const items = record.sources.flatMap(
        (id) => engine.dataset.items.find((item) => item.item === id) ?? [],
      );
      return {
        id: record.id,
        topic: hit.topic,
        scope: hit.scope,
        region: place(engine, hit.region),
        title: record.questions[0],
        summary: record.answer.conclusion,
        text: answerToPlainText(record, engine.dataset.items, {
          scopeLabel: scopeLabel(hit.scope, hit.region, result.city),
          refs: citedReferences(record, engine.dataset.references),
          today,
        }),
        sources: items,
        conflicts: record.conflicts,
        references: citedReferences(record, engine.dataset.references).map((r) => ({
          id: r.id,
          title: r.title,
          number: r.number,
          article: r.article,
          issuer: r.issuer,
          date: r.date,
        })),
        period: record.period,
        stale: staleness(record, items, today),
        numbers: record.answer.numbers.map((n) => ({
          id: n.id,
          value: n.value,
          unit: n.unit,
          period: n.period,
        })),
        score: hit.score,
        probability: hit.probability,
      };
    }),
  };
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        city: { type: 'string' },
        limit: { type: 'string' },
        batch: { type: 'string' },
        today: { type: 'string' },
      },
    });
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    fail(`--limit must be an integer 1..100\n${USAGE}`);
  const today = todayArg(values.today, USAGE);
  if (values.batch === undefined && positionals.length !== 1) fail(USAGE);
  if (values.batch !== undefined && (positionals.length > 0 || values.city !== undefined)) fail(USAGE);
  const question = positionals[0];
  if (question !== undefined && !question.trim()) fail(`empty question\n${USAGE}`);

  let engine: Engine;
  try {
    engine = await loadEngine();
  } catch (e) {
    if (e instanceof MissingDataError) fail(e.message);
    throw e;
  }

  if (values.batch === undefined) {
    let home: string | null = null;
    if (values.city !== undefined) {
      try {
        home = resolveCityArg(engine.regions, values.city);
      } catch (e) {
        fail((e as Error).message);
      }
    }
    console.log(JSON.stringify(answer(engine, question!, home, limit, today)));
    return;
  }

  runBatch(values.batch, (row) => {
    if (typeof row.query !== 'string' || !row.query.trim())
      throw new Error('"query" must be a non-empty string');
    const city = row.city ?? row.home ?? null;
    if (city !== null && typeof city !== 'string') throw new Error('"city" must be a string or null');
    const home = city ? resolveCityArg(engine.regions, city) : null;
    return answer(engine, row.query, home, limit, today);
  });
}

await main();
