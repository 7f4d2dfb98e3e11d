// The ask and detect CLIs, run as the user runs them (tsx), checking output shape and exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES_DIR } from '../../../scripts/lib/engine-eval';
import { REPO_ROOT } from '../../../scripts/lib/paths';

const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');

function run(script: 'ask' | 'detect', args: string[], input?: Buffer) {
  const r = spawnSync(TSX, [join(REPO_ROOT, `scripts/${script}.ts`), ...args], {
    cwd: REPO_ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'baozhi-engine-'));

describe('ask CLI', () => {
  it('answers with the documented shape, a named city overriding --city', () => {
    const r = run('ask', ['--city', 'shijiazhuang', '郑州医保断交了卡里的钱还能用吗']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      query: '郑州医保断交了卡里的钱还能用吗',
      city: { code: '410100', name: '郑州市' },
      province: { code: '410000', name: '河南省' },
      cityFrom: 'question',
      coverage: 'answered',
      hotline: null,
      suggestions: [],
      topics: ['balance_after_stop'],
    });
    const hit = out.results[0];
    expect(hit).toMatchObject({
      topic: 'balance_after_stop',
      scope: 'city',
      region: { code: '410100', name: '郑州市' },
    });
    expect(Object.keys(hit).sort()).toEqual(
      [
        'conflicts',
        'id',
        'numbers',
        'period',
        'probability',
        'references',
        'region',
        'score',
        'scope',
        'sources',
        'stale',
        'summary',
        'text',
        'title',
        'topic',
      ].sort(),
    );
    expect(hit.text.startsWith(hit.title)).toBe(true);
    expect(hit.sources[0]).toMatchObject({
      item: expect.stringMatching(/^\d{3}#\d+$/),
      complete: expect.any(Boolean),
    });
    expect(out.results.length).toBeLessThanOrEqual(10);
  });

  it('dates its answers against --today, and refuses a malformed day', () => {
    const early = JSON.parse(run('ask', ['--today', '2025-06-01', '郑州医保断交了卡里的钱还能用吗']).stdout);
    const late = JSON.parse(run('ask', ['--today', '2026-12-07', '郑州医保断交了卡里的钱还能用吗']).stdout);
    expect(early.results[0].stale).toBeNull();
    expect(late.results[0].stale).toEqual({ expired: false, reason: 'sources-over-12-months' });
    expect(late.results[0].text).toContain('已超过12个月');
    for (const n of late.results[0].numbers)
      expect(Object.keys(n).sort()).toEqual(['id', 'period', 'unit', 'value']);
    const bad = run('ask', ['--today', '2026-13-40', '医保']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--today');
  });

  it('returns no results, exit 0, for an out-of-scope question', () => {
    const r = run('ask', ['--city', '郑州市', '重疾险买哪家好']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ results: [], coverage: 'out-of-scope', suggestions: [] });
    const uncovered = JSON.parse(run('ask', ['失业金怎么领']).stdout);
    expect(uncovered).toMatchObject({ results: [], coverage: 'uncovered', hotline: '12333' });
  });

  it('exits 2 with candidates for an unknown or ambiguous --city, and with usage for bad arguments', () => {
    const ambiguous = run('ask', ['--city', 'suzhou', '医保断缴']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/苏州市.*宿州市/);
    expect(run('ask', ['--city', '不存在市', '医保断缴']).code).toBe(2);
    const usage = run('ask', []);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/usage/);
    expect(run('ask', ['--limit', 'x', '医保']).code).toBe(2);
  });

  it('answers a batch in order and reports bad lines without stopping', () => {
    const file = join(tmp, 'questions.jsonl');
    writeFileSync(
      file,
      [
        '{"query":"医保断交了卡里的钱","city":"郑州"}',
        'not json',
        '',
        '{"query":"车险多少钱"}',
        '{"query":"断缴","city":"suzhou"}',
      ].join('\n'),
    );
    const r = run('ask', ['--batch', file]);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].city.code).toBe('410100');
    expect(lines[1]).toMatchObject({ line: 2, error: expect.any(String) });
    expect(lines[2].results).toEqual([]);
    expect(lines[3]).toMatchObject({ line: 5, error: expect.stringMatching(/ambiguous/) });
    expect(run('ask', ['--batch', join(tmp, 'missing.jsonl')]).code).toBe(2);
  });
});

describe('detect CLI', () => {
  it('detects a GBK page and reports city and province', () => {
    const r = run('detect', [
      '--url',
      'https://ylbzj.xa.gov.cn/a.html',
      join(PAGES_DIR, 'xian-payment-deadline-gbk.html'),
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      relevant: true,
      topics: ['payment_deadline'],
      city: { code: '610100', name: '西安市' },
      province: { code: '610000', name: '陕西省' },
    });
  });

  it('reads stdin, runs batches relative to the JSONL folder, and rejects bad arguments', () => {
    const stdin = run('detect', ['-'], readFileSync(join(PAGES_DIR, 'zhihu-critical-illness.html')));
    expect(JSON.parse(stdin.stdout)).toEqual({
      relevant: false,
      score: 0,
      topics: [],
      city: null,
      province: null,
    });
    const file = join(tmp, 'pages.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({
          url: 'https://www.zhihu.com/question/1',
          file: join(PAGES_DIR, 'zhihu-flexible-employment.html'),
        }),
        JSON.stringify({ file: 'missing.html' }),
        '{',
      ].join('\n'),
    );
    const lines = run('detect', ['--batch', file])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ relevant: true, topics: ['flexible_employment'] });
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringContaining('missing.html') });
    expect(lines[2]).toMatchObject({ line: 3 });
    expect(run('detect', []).code).toBe(2);
    expect(run('detect', ['--url', 'nope', 'x.html']).code).toBe(2);
  });
});
