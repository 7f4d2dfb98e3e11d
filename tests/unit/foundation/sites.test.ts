import { describe, expect, it } from 'vitest';
import { classifyHost } from '../../../lib/sites';

describe('classifyHost (domain.md, "Where 保知 runs")', () => {
  it.each([
    ['https://www.nhsa.gov.cn/art/1.html', 'national'],
    ['https://fuwu.nhsa.gov.cn/#/home', 'national'],
    ['http://nhsa.gov.cn/', 'national'],
    ['https://si.12333.gov.cn/x', 'national'],
    ['https://www.gov.cn/zhengce/1.html', 'national'],
    ['https://etax.henan.chinatax.gov.cn/', 'national'],
    ['https://ybj.henan.gov.cn/art/1.html', 'bureau'],
    ['https://www.beijing.gov.cn/', 'bureau'],
    ['https://gov.cn/', 'bureau'],
    ['https://zhuanlan.zhihu.com/p/1', 'qa'],
    ['https://zhihu.com/question/1', 'qa'],
    ['https://zhidao.baidu.com/question/1.html', 'qa'],
    ['https://baijiahao.baidu.com/s?id=1', 'qa'],
    ['https://www.baidu.com/s?wd=医保', 'other'],
    ['https://si.12333.gov.cn.evil.com/', 'other'],
    ['https://notzhihu.com/', 'other'],
    ['https://www.gov.cn.example.com/', 'other'],
    ['chrome://extensions/', 'other'],
    ['file:///www.gov.cn/x.html', 'other'],
    ['not a url', 'other'],
  ])('%s → %s', (url, tier) => {
    expect(classifyHost(url).tier).toBe(tier);
  });

  it('tells the bureau label apart from the rest of *.gov.cn', () => {
    expect(classifyHost('https://ybj.henan.gov.cn/art/1.html')).toEqual({
      tier: 'bureau',
      bureauLabel: true,
    });
    expect(classifyHost('https://hrss.gd.gov.cn/a')).toEqual({ tier: 'bureau', bureauLabel: true });
    expect(classifyHost('https://www.beijing.gov.cn/')).toEqual({ tier: 'bureau', bureauLabel: false });
    expect(classifyHost('https://ybj.example.com/')).toEqual({ tier: 'other', bureauLabel: false });
  });
});
