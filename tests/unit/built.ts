import { existsSync } from 'node:fs';
import path from 'node:path';

// Checks on the BUILT extension read it from here (run `npm run build` first; scripts/test-all.sh does).

export const BUILT = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** The absolute path of a built file; a clear error when there is no build. */
export function built(file: string): string {
  const full = path.join(BUILT, file);
  if (!existsSync(full)) throw new Error(`${full} is missing: run \`npm run build\` first`);
  return full;
}
