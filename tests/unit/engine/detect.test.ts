import { describe, expect, it } from 'vitest';
import { buildCityNames, cityFinder, findRegionNames } from '../../../lib/engine/cities';
import { RELEVANCE_THRESHOLD, detectPage, hostPrior } from '../../../lib/engine/detect';
import { lexicon } from '../../../lib/engine/lexicon';
import { buildScanner, scan, termCounter } from '../../../lib/engine/scanner';
import { homeCities, provinces } from '../../../lib/regions/index';
import { TOPIC_IDS } from '../../../lib/topics';

const finder = cityFinder(buildCityNames(homeCities(), provinces()));

function names(text: string): string[] {
  const found: string[] = [];
  findRegionNames(finder, text, (code) => found.push(code));
  return found;
}

describe('scanner', () => {
  it('takes the leftmost-longest match without overlaps', () => {
    const sc = buildScanner(['医保', '医保定点', '定点', '保定']);
    const hits: string[] = [];
    scan(sc, '医保定点医院和医保', (t, s, e) => hits.push(`${t}@${s}-${e}`));
    expect(hits).toEqual(['1@0-4', '0@7-9']);
  });

  it('counts the same matches as it scans, over any range, with the distinct terms found', () => {
    const terms = [
      '医保',
      '医保定点',
      '定点',
      '保定',
      '个人账户余额',
      '个人账户',
      '账户',
      'ab',
      'abc',
      'bcd',
    ];
    const sc = buildScanner(terms);
    const counter = termCounter(sc);
    const base = '医保定点医院和医保，个人账户余额、个人账户里的账户abcdabcabc保定xab';
    // Long enough to cross the counter's blocks of candidate positions, with matches at block edges.
    const text = Array.from({ length: 300 }, (_, i) => base.slice(i % 7) + '-'.repeat(i % 5)).join('');
    for (const [from, to] of [
      [0, text.length],
      [1, text.length - 1],
      [1020, 1030],
      [3, 4],
      [5, 2000],
    ] as const) {
      const expected = new Uint32Array(terms.length);
      scan(sc, text, (t) => expected[t]!++, from, to);
      const distinct = counter.count(text, from, to);
      expect([...counter.counts]).toEqual([...expected]);
      const found = [...counter.found.subarray(0, distinct)];
      expect(found.sort((a, b) => a - b)).toEqual(terms.map((_, t) => t).filter((t) => expected[t]! > 0));
      for (const t of found) counter.counts[t] = 0;
    }
  });

  it('reports the id given to each term, shared by synonyms', () => {
    const sc = buildScanner(['医保', '医疗保险', '社保', '社会保险'], [0, 0, 1, 1]);
    const hits: number[] = [];
    scan(sc, '医疗保险和社保,医保与社会保险', (id) => hits.push(id));
    expect(hits).toEqual([0, 1, 0, 1]);
    const counter = termCounter(sc);
    const distinct = counter.count('医疗保险和社保,医保与社会保险');
    expect([...counter.found.subarray(0, distinct)]).toEqual([0, 1]);
    expect([...counter.counts]).toEqual([2, 2]);
  });

  it('counts several texts as one when given the ids it already holds', () => {
    const counter = termCounter(buildScanner(['医保', '社保', '断缴']));
    let distinct = counter.count('社保和医保');
    distinct = counter.count('医保断缴', 0, 4, distinct);
    expect([...counter.found.subarray(0, distinct)]).toEqual([1, 0, 2]);
    expect([...counter.counts]).toEqual([2, 1, 1]);
  });

  it('has a lexicon with unique forms and known topics', () => {
    const lex = lexicon();
    expect(new Set(lex.terms).size).toBe(lex.terms.length);
    for (const entry of lex.entries)
      for (const [topic] of entry.topics) expect(TOPIC_IDS[topic]).toBeDefined();
  });
});

describe('region names', () => {
  it('finds cities by full and short names, and provinces', () => {
    expect(names('郑州市医保局和石家庄')).toEqual(['410100', '130100']);
    expect(names('湘西州门诊统筹')).toEqual(['433100']);
    expect(names('四川省家庭共济')).toEqual(['510000']);
    expect(names('北京市2021社保')).toEqual(['110100']);
  });

  it('needs context for short names that are common words', () => {
    expect(names('早餐吃三明治')).toEqual([]);
    expect(names('大同小异')).toEqual([]);
    expect(names('东方红')).toEqual([]);
    expect(names('广东中山医保')).toEqual(['440000', '442000']);
    expect(names('中山2024社保基数')).toEqual(['442000']);
    expect(names('中山大学附属医院')).toEqual([]);
    expect(names('东方市医保')).toEqual(['469007']);
  });
});

describe('hostPrior', () => {
  it('counts national and bureau-labelled hosts fully, Q&A a little, other gov.cn hosts not at all', () => {
    expect(hostPrior('https://www.nhsa.gov.cn/art/1.html')).toBe(1);
    expect(hostPrior('https://fuwu.nhsa.gov.cn/nationalHallSt/#/search/remote-register')).toBe(1);
    expect(hostPrior('https://si.12333.gov.cn/1.jhtml')).toBe(1);
    expect(hostPrior('https://etax.chinatax.gov.cn/x')).toBe(1);
    expect(hostPrior('https://www.gov.cn/zhengce/')).toBe(1);
    expect(hostPrior('https://ylbzj.zhengzhou.gov.cn/a')).toBe(1);
    expect(hostPrior('https://hrss.ah.gov.cn/a')).toBe(1);
    expect(hostPrior('https://www.zhengzhou.gov.cn/a')).toBe(0);
    expect(hostPrior('https://www.zhihu.com/question/1')).toBe(0.3);
    expect(hostPrior('https://baijiahao.baidu.com/s?id=1')).toBe(0.3);
    expect(hostPrior('https://www.baidu.com/')).toBe(0);
    expect(hostPrior('not a url')).toBe(0);
  });
});

describe('detectPage', () => {
  const page = (title: string, text: string, url?: string) => ({
    title,
    description: '',
    headings: [],
    text,
    url,
  });

  it('finds social-insurance pages, their topics and city', () => {
    const d = detectPage(
      page(
        '郑州市职工医保断缴后个人账户余额怎么用',
        '离职后单位不再缴纳职工医保,医保卡里的钱不会清零,可以继续买药。中断不超过3个月可以补缴。',
      ),
      { cities: finder },
    );
    expect(d.relevant).toBe(true);
    expect(d.score).toBeGreaterThanOrEqual(RELEVANCE_THRESHOLD);
    expect(d.topics[0]).toBe('balance_after_stop');
    expect(d).toMatchObject({ city: '410100', province: '410000' });
  });

  it('counts a variant as its canonical term: synonyms of one entry share the per-field cap', () => {
    // 医保, 医疗保险, 基本医保 are one entry; three mentions of it score as three mentions of 医保.
    const mixed = detectPage(page('通知', '医保 医疗保险 基本医保 断缴'));
    const same = detectPage(page('通知', '医保 医保 医保 断缴'));
    expect(mixed.score).toBe(same.score);
    expect(mixed.topics).toEqual(same.topics);
  });

  it('scores all headings as one field, and a title without its site name', () => {
    const withHeadings = (headings: string[]) => detectPage({ ...page('通知', '医保断缴'), headings }).score;
    // One mention per heading counts as three mentions in one field, not as three fields of one mention.
    expect(withHeadings(['医保', '医保', '医保'])).toBe(withHeadings(['医保 医保 医保']));
    expect(withHeadings(['医保', '医保', '医保'])).toBeLessThan(withHeadings(['医保']) + 0.2);
    const titled = (title: string) => detectPage(page(title, '医保断缴后个人账户余额还能用')).score;
    expect(titled('离职以后怎么办_医保断缴问答网')).toBe(titled('离职以后怎么办'));
    expect(titled('离职以后怎么办 - 医保')).toBe(titled('离职以后怎么办'));
    // A title that would be too short without the suffix keeps it.
    expect(titled('问答_医保断缴')).toBeGreaterThan(titled('问答'));
  });

  it('weighs text after a recommendations marker in the lead as the tail', () => {
    const lead = '职工医保断缴后个人账户余额还能用吗?医保卡里的钱可以继续买药,不会清零,断缴三个月内补缴。';
    const tail = '重疾险怎么买,车险续保。'.repeat(2);
    const score = (text: string) => detectPage(page('医保问答', text)).score;
    // The commercial-insurance links under the answer do not decide the page when a marker sets them apart.
    expect(score(lead + '相关推荐' + tail)).toBeGreaterThanOrEqual(RELEVANCE_THRESHOLD);
    expect(score(lead + '其他内容' + tail)).toBeLessThan(RELEVANCE_THRESHOLD);
    // A marker at the very start does not end the lead; the next one does.
    expect(score('相关推荐' + lead + '猜你喜欢' + tail)).toBe(score('其他内容' + lead + '猜你喜欢' + tail));
    // Past the first 1500 characters the lead has ended anyway.
    const long = lead + '。'.repeat(1500);
    expect(score(long + '相关推荐' + tail)).toBe(score(long + '其他内容' + tail));
  });

  it('rejects commercial insurance, hospital picks and pages that only mention 医保定点 or 医保支付', () => {
    for (const [title, text] of [
      ['30岁重疾险怎么选', '有医保了还需要买重疾险吗?重疾险确诊即赔,投保时注意健康告知,保险公司理赔。'],
      ['2025年重庆治疗腰痛什么医院好', '推荐几家三甲医院,均为医保定点医疗机构,可以刷医保卡挂号。'],
      ['我院门诊楼搬迁公告', '我院是医保定点医院,支持医保支付,专家门诊时间不变,请提前挂号。'],
      ['DRG医保支付方式改革全面推开', '医保支付方式改革推动医院控制成本,集采药品降价。'],
      ['车险到期怎么续保', '交强险和商业车险一年一保,多比较几家保险公司。'],
    ]) {
      const d = detectPage(page(title!, text!));
      expect(d.relevant, title).toBe(false);
      expect(d.topics).toEqual([]);
    }
  });

  it('costs time linear in the text: a page 100 times longer takes about 100 times as long', () => {
    const unit = '职工医保个人账户资金归参保人个人所有,中断缴费后不会清零。本市今年将新建改造城市道路。';
    const small = page('医保', unit.repeat(200));
    const large = page('医保', unit.repeat(20000));
    const run = (p: typeof small, n: number) => {
      const t = performance.now();
      for (let i = 0; i < n; i++) detectPage(p);
      return (performance.now() - t) / n;
    };
    run(large, 3);
    run(small, 50);
    const ratio = run(large, 5) / run(small, 200);
    expect(ratio).toBeGreaterThan(20);
    expect(ratio).toBeLessThan(400);
  });
});
