// Shape of data/generated/regions.json, written by scripts/lib/regions-gen.ts at build time and read by
// lib/regions/index.ts. Keys are one letter to keep the shipped file small (~370 cities).

export interface RegionEntry {
  /** GB/T 2260 code. */
  c: string;
  /** Full official name, e.g. 湘西土家族苗族自治州. */
  n: string;
  /** Short name, e.g. 湘西. */
  s: string;
  /** Pinyin of the short name, lowercase, syllables separated by one space (e.g. "zheng zhou"). */
  p: string;
  /** Accepted names besides `s` (the full name first), e.g. ["湘西土家族苗族自治州", "湘西州"]. */
  a: string[];
}

export interface RegionsFile {
  /** Mainland provinces, 直辖市 and autonomous regions, in code order. */
  provinces: RegionEntry[];
  /** Home cities, in code order. Each city's province is the first two digits of its code + "0000". */
  cities: RegionEntry[];
}
