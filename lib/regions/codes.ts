// Region codes as rules, without the region table (GB/T 2260, domain.md "Regions"): the content script and the
// matcher use them without loading every region's name.

/** The national level: answers that apply everywhere. */
export const NATIONAL = '000000';

export function isProvinceCode(code: string): boolean {
  return code.endsWith('0000');
}

/** Province of a city code: first two digits + 0000 (北京 110100 → 110000, 济源 419001 → 410000). */
export function provinceCode(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

/** 北京, 天津, 上海, 重庆: the province and its one city share the name, and the name means the city. */
export function isMunicipality(code: string): boolean {
  return /^(11|12|31|50)/.test(code);
}

/**
 * The cities of the 新疆生产建设兵团 (石河子 659001, 五家渠, 阿拉尔 … all 6590xx): the 兵团 runs its own medical
 * insurance, so 新疆's provincial rules are not theirs.
 */
export function isBingtuan(code: string): boolean {
  return code.startsWith('6590');
}
