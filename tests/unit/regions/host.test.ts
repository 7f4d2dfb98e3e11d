import { describe, expect, it } from 'vitest';
import { placeFromHost } from '../../../lib/regions/host';

describe('placeFromHost', () => {
  it.each([
    ['https://ylbz.henan.gov.cn/a.html', null, '410000'],
    ['https://hrss.gd.gov.cn/a', null, '440000'],
    ['https://ybj.hebei.gov.cn/a', null, '130000'],
    ['https://ybj.shaanxi.gov.cn/a', null, '610000'],
    ['https://rst.shanxi.gov.cn/a', null, '140000'],
    ['https://ybj.zhengzhou.gov.cn/a', '410100', '410000'],
    ['https://rsj.sjz.gov.cn/a', '130100', '130000'],
    ['https://ybj.xa.gov.cn/a', '610100', '610000'],
    ['https://ybj.beijing.gov.cn/a', '110100', '110000'],
    ['https://rsj.jinshui.zhengzhou.gov.cn/a', '410100', '410000'],
    ['https://henan.chinatax.gov.cn/a', null, '410000'],
  ])('%s → city %s, province %s', (url, city, province) => {
    expect(placeFromHost(url)).toEqual({ city, province });
  });

  it('names nothing for ambiguous names, national sites and other hosts', () => {
    for (const url of [
      'https://ybj.sz.gov.cn/a', // 深圳 or 苏州
      'https://hrss.suzhou.gov.cn/a', // 苏州 or 宿州
      'https://ybj.hn.gov.cn/a', // 河南, 湖南 or 海南
      'https://ybj.gz.gov.cn/a', // 广州 or 贵州
      'https://www.nhsa.gov.cn/a',
      'https://www.gov.cn/zhengce/a',
      'https://si.12333.gov.cn/a',
      'https://www.zhihu.com/question/1',
      'https://zhengzhou.example.com/',
      'not a url',
    ]) {
      expect(placeFromHost(url), url).toBeNull();
    }
  });
});
