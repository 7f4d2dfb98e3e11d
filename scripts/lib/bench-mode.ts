// `--quick`: every bench's smoke mode (npm test runs them, so a broken bench fails CI): a few runs of each
// measure, no targets asserted and no results file written. Its figures mean nothing.
export const QUICK = process.argv.includes('--quick');

/** The quick value in smoke mode, else the full one. */
export function quickOr<T>(quick: T, full: T): T {
  return QUICK ? quick : full;
}
