// Test-only build flags (BAOZHI_TEST_FLAGS at build time, e.g. "unavailable,slow-import"). A production
// build has none; browser tests build variants into their own output folders to show states for real.
declare const __BAOZHI_TEST_FLAGS__: string[];

export type TestFlag = 'unavailable' | 'slow-import' | 'grant-optional' | 'content-throws' | 'bench-import';

const flags = new Set<string>(typeof __BAOZHI_TEST_FLAGS__ === 'undefined' ? [] : __BAOZHI_TEST_FLAGS__);

export function hasTestFlag(flag: TestFlag): boolean {
  return flags.has(flag);
}
