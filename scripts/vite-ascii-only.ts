import type { Plugin } from 'vite';

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/g;

/**
 * Chrome has rejected content scripts with raw non-ASCII text as "not UTF-8", so content-script chunks have
 * their non-ASCII UTF-16 units written as \uXXXX escapes. Extension pages load their scripts as UTF-8 and are
 * left alone: escaping would triple the size of their Chinese data. It runs on the final, minified output (the
 * minifier would turn escapes back into characters). Chinese text only occurs in string, template and
 * regex literals and comments, where the escape means the same character.
 */
export function asciiOnly(): Plugin {
  return {
    name: 'baozhi-ascii-only',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.fileName.startsWith('content-scripts/')) continue;
        chunk.code = chunk.code.replace(
          NON_ASCII,
          (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
        );
      }
    },
  };
}
