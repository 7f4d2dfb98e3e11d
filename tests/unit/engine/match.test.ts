import { describe, expect, it } from 'vitest';
import type { CompiledRecord, Dataset } from '../../../lib/dataset/schema';
import { buildIndex, loadIndex, serializeIndex } from '../../../lib/engine/lookup';
import { ask as askWith, type AskOptions } from '../../../lib/engine/match';
import { shippedModel } from '../../../lib/engine/model';
import { questionPlace } from '../../../lib/engine/place';
import { normalizeQuestion } from '../../../lib/engine/text';
import { fnv1a } from '../../../lib/engine/lexicon';
import { answerToPlainText } from '../../../lib/engine/plain-text';
import { homeCities, provinces } from '../../../lib/regions/index';
import { answerRegion } from '../../../lib/scope';
import type { TopicId } from '../../../lib/topics';

const regions = { cities: homeCities(), provinces: provinces() };

function record(
  topic: TopicId,
  region: string,
  questions: string[],
  conclusion = `${topic} ${region}`,
): CompiledRecord {
  return {
    id: `${topic}.${region}`,
    topic,
    scheme: 'employee_medical',
    region,
    questions,
    answer: { conclusion, points: [], conditions: [], steps: [], channels: [], numbers: [] },
    sources: ['000#0'],
    conflicts: [],
    references: [],
    referencesNote: 'test record',
    period: null,
    deadlines: [],
    unverified: [],
    notes: [],
    writtenAt: '2026-11-22',
  };
}

// 郑州 (410100) has its own balance rule; 河南 (410000) a provincial one for remote care; the rest is national.
const dataset: Dataset = {
  format: 2,
  version: '0.1.0',
  hash: '0123456789abcdef',
  ranking: ['balance_after_stop'],
  items: [{ item: '000#0', title: '郑州职工医保断交以后余额怎么办', date: null, complete: true }],
  references: [],
  glossary: [],
  records: [
    record('balance_after_stop', '410100', [
      '郑州职工医保断缴后个人账户余额怎么办',
      '郑州离职后医保卡余额会清零吗',
    ]),
    record('balance_after_stop', '000000', ['职工医保停缴后余额怎么办', '断缴后医保卡里的钱还能用吗']),
    record('remote_medical', '410000', ['河南异地就医怎么备案']),
    record('remote_medical', '000000', ['医保在异地看病能报销吗']),
    record('contribution_base', '000000', ['社保缴费基数是怎么确定的', '缴费基数上下限是多少']),
    record('maternity_allowance', '000000', ['生育津贴谁能领、能领多久']),
  ],
};
const index = buildIndex(dataset, regions);
const model = shippedModel();
const ask = (question: string, options?: AskOptions) => askWith({ model, index }, question, options);
/** Where a question's answer is for: what it names, through lib/scope's one rule. */
const place = (question: string, home: string | null) =>
  answerRegion({ question: questionPlace(index, normalizeQuestion(question)), home });

describe('ask', () => {
  it('treats colloquial synonyms like the canonical words', () => {
    for (const q of [
      '医保断交了卡里的钱还能用吗',
      '医保停保了卡里余额还能用吗',
      '辞职后医保卡里的钱还能用吗',
      '单位不交了医保余额还在吗',
    ]) {
      const result = ask(q, { homeCity: '410100' });
      expect(result.results[0]?.record.id, q).toBe('balance_after_stop.410100');
      expect(result.results[0]?.scope).toBe('city');
    }
    expect(ask('外地看病要备案吗', { homeCity: '410100' }).results[0]?.topic).toBe('remote_medical');
    expect(ask('产假工资能领几个月').results[0]?.topic).toBe('maternity_allowance');
  });

  it('falls back city → province → national and says which', () => {
    const zhengzhou = ask('异地看病怎么备案', { homeCity: '410100' });
    expect(zhengzhou.results[0]).toMatchObject({
      record: { id: 'remote_medical.410000' },
      scope: 'province',
      region: '410000',
    });
    const luoyang = ask('断缴后医保卡余额还能用吗', { homeCity: '410300' });
    expect(luoyang.results[0]).toMatchObject({
      record: { id: 'balance_after_stop.000000' },
      scope: 'national',
    });
    const beijing = ask('异地看病怎么备案', { homeCity: '110100' });
    expect(beijing.results[0]).toMatchObject({ scope: 'national', region: '000000' });
    expect(ask('断缴后医保卡余额还能用吗').results[0]?.scope).toBe('national');
  });

  it('lets a city named in the question override the home city', () => {
    const hanzi = ask('郑州医保断缴余额还能用吗', { homeCity: '130100' });
    expect(hanzi).toMatchObject({ city: '410100', province: '410000', cityFrom: 'question' });
    expect(hanzi.results[0]?.scope).toBe('city');
    // A national rule is never shown as the named city's own: 北京 has none, so it is national, not 郑州's.
    const beijing = ask('北京医保断缴余额清零吗', { homeCity: '410100' });
    expect(beijing).toMatchObject({ city: '110100', cityFrom: 'question' });
    expect(beijing.results[0]?.scope).toBe('national');
    expect(ask('医保断缴余额', { homeCity: '130100' })).toMatchObject({
      city: '130100',
      cityFrom: 'home',
    });
  });

  it('reads pinyin city names, ignoring case and spaces, but not ambiguous ones', () => {
    for (const q of [
      'zhengzhou医保断缴余额',
      'Zheng Zhou 医保断缴余额',
      'ZHENGZHOU医保断缴余额',
      'zhengzhoushi 医保断缴',
    ]) {
      expect(place(q, '130100'), q).toMatchObject({ city: '410100', cityFrom: 'question' });
    }
    for (const q of [
      'suzhou医保断缴余额',
      'Tai Zhou 社保基数',
      'fuzhou生育津贴',
      'yulin医保',
      'yichun 医保卡',
    ]) {
      expect(place(q, '410100'), q).toMatchObject({ city: '410100', cityFrom: 'home' });
    }
    expect(place('fuzhou生育津贴', null)).toMatchObject({ city: null, cityFrom: 'none' });
  });

  it('uses a province named in the question when it names no city', () => {
    expect(place('河南异地就医怎么备案', '130100')).toMatchObject({
      city: null,
      province: '410000',
      cityFrom: 'question',
    });
    expect(ask('河南异地就医怎么备案', { homeCity: '130100' }).results[0]?.scope).toBe('province');
    // The home city wins when it lies in the named province (more specific).
    expect(place('河南异地就医怎么备案', '410300')).toMatchObject({
      city: '410300',
      cityFrom: 'home',
    });
  });

  it('ignores stale year prefixes', () => {
    for (const q of [
      '北京市2021社保缴费基数上下限',
      '2021年北京社保缴费基数上下限',
      '北京2019年度缴费基数上下限',
    ]) {
      const result = ask(q);
      expect(result.city, q).toBe('110100');
      expect(result.results[0]?.topic, q).toBe('contribution_base');
    }
  });

  it('returns nothing for questions that are not about social insurance', () => {
    for (const q of [
      '重疾险买哪家好',
      '车险一年多少钱',
      '郑州哪家医院看失眠最好',
      '被蜜蜂蛰了怎么急救处理',
      '有了医保还需要买商业保险吗',
      '今天郑州天气怎么样',
    ]) {
      const result = ask(q, { homeCity: '410100' });
      expect(result.results, q).toEqual([]);
      expect(result.coverage, q).toBe('out-of-scope');
    }
  });

  it('answers two questions in one, the main one first, and limits the results', () => {
    const q = '断缴了医保卡余额还能用吗?缴费基数上下限是多少';
    const result = ask(q, { homeCity: '410100', limit: 10 });
    expect(result.coverage).toBe('answered');
    expect(result.topics).toEqual(['balance_after_stop', 'contribution_base']);
    expect(result.results.map((hit) => hit.topic)).toEqual(['balance_after_stop', 'contribution_base']);
    for (const hit of result.results) {
      expect(hit.score).toBeGreaterThan(0);
      expect(hit.score).toBeLessThanOrEqual(1);
      expect(hit.probability).toBeGreaterThan(0);
      expect(hit.probability).toBeLessThanOrEqual(1);
    }
    expect(ask(q, { homeCity: '410100', limit: 1 }).results).toHaveLength(1);
  });

  it('says which questions it has no topic for, and which hotline answers them', () => {
    expect(ask('失业金怎么领')).toMatchObject({ coverage: 'uncovered', hotline: '12333', results: [] });
    expect(ask('工伤认定要多久')).toMatchObject({ coverage: 'uncovered', hotline: '12333' });
    expect(ask('门诊特殊慢病怎么申请')).toMatchObject({ coverage: 'uncovered', hotline: '12393' });
  });

  it('names a known topic without a record on the chain, and never answers it with another topic', () => {
    // This small dataset has no record of maternity_medical anywhere.
    const result = ask('生孩子住院能报销多少', { homeCity: '410100' });
    expect(result).toMatchObject({ coverage: 'no-record', topics: ['maternity_medical'], results: [] });
  });

  it('offers the two likeliest topics instead of guessing when unsure', () => {
    const gate = model.data.gate;
    for (const q of ['医保', '社保怎么办', '那个钱']) {
      const result = ask(q);
      if (result.coverage !== 'unsure') continue;
      expect(result.results).toEqual([]);
      expect(result.suggestions).toHaveLength(2);
      return;
    }
    throw new Error(`no vague question fell under the gate (${gate})`);
  });

  it('reads traditional characters, typed sound-alikes and dialect', () => {
    expect(ask('醫保斷交以後卡裡的錢還能用嗎', { homeCity: '410100' }).results[0]?.record.id).toBe(
      'balance_after_stop.410100',
    );
    expect(ask('医宝断交了卡里的钱咋整', { homeCity: '410100' }).results[0]?.topic).toBe(
      'balance_after_stop',
    );
    expect(ask('生育津帖能领几个月').results[0]?.topic).toBe('maternity_allowance');
  });
});

describe('index serialisation', () => {
  it('loads a serialised index without rebuilding, with identical answers', () => {
    const json = serializeIndex(index);
    const loaded = loadIndex(json, dataset);
    for (const q of ['郑州医保断交了卡里的钱', '异地看病怎么备案', 'shijiazhuang缴费基数', '车险']) {
      const a = ask(q, { homeCity: '410100' });
      const b = askWith({ model, index: loaded }, q, { homeCity: '410100' });
      expect(b.results.map((h) => [h.record.id, h.scope, h.score])).toEqual(
        a.results.map((h) => [h.record.id, h.scope, h.score]),
      );
    }
    expect(JSON.parse(json)).toEqual(JSON.parse(serializeIndex(loaded)));
  });

  it('refuses an index built for another dataset', () => {
    expect(() => loadIndex(serializeIndex(index), { ...dataset, hash: 'fedcba9876543210' })).toThrow(
      /another dataset/,
    );
  });

  it('fingerprints with FNV-1a', () => {
    // Published 32-bit FNV-1a test vectors (ASCII code units equal bytes).
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });
});

describe('answerToPlainText', () => {
  it('writes the whole answer, conclusion first, with sources and conflicts', () => {
    const rec: CompiledRecord = {
      ...record('balance_after_stop', '410100', ['郑州职工医保断缴后个人账户余额怎么办'], '余额不清零。'),
      answer: {
        conclusion: '余额不清零。',
        points: ['余额归个人所有。'],
        conditions: [{ when: '中断不超过3个月', then: '补缴后恢复待遇。' }],
        steps: ['查看余额。'],
        channels: [{ kind: 'hotline', name: '医保服务热线', tel: '12393' }],
        numbers: [{ id: 'grace_months', label: '中断期限', value: 3, unit: '个月', period: null }],
      },
      sources: ['000#0', '002#0'],
      conflicts: [
        {
          summary: '是否清零说法不一。',
          claims: [
            { text: '不清零。', items: ['000#0'] },
            { text: '清零。', items: ['002#0'] },
          ],
          position: '采用多数来源的说法。',
        },
      ],
    };
    const text = answerToPlainText(
      rec,
      [
        { item: '000#0', title: '郑州职工医保断交以后余额怎么办', date: null, complete: true },
        { item: '002#0', title: '职工医保断交钱怎么没了', date: '2025-04-28', complete: false },
      ],
      { scopeLabel: '郑州专属', today: '2026-12-07' },
    );
    expect(text.split('\n').slice(0, 6)).toEqual([
      '郑州职工医保断缴后个人账户余额怎么办',
      '(郑州专属)',
      '',
      '结论:余额不清零。',
      '(来源最新日期 2025-04-28 · 已超过12个月,请核实有无变化)',
      '现在该做什么:查看余额。',
    ]);
    for (const part of [
      '- 余额归个人所有。',
      '- 中断不超过3个月:补缴后恢复待遇。',
      '1. 查看余额。',
      '医保服务热线(热线 12393)',
      '- 中断期限:3个月',
      '是否清零说法不一',
      '采用:采用多数来源的说法。',
      '职工医保断交钱怎么没了(002#0,2025-04-28) [原文不完整]',
    ]) {
      expect(text).toContain(part);
    }
  });
});
