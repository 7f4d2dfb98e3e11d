// chrome.i18n's message format, for the places chrome.i18n cannot serve: a language override in extension pages
// (utils/i18n.ts) and the Node CLIs, which word their output with the same messages.json. Hand-written because
// it is ten lines and no library applies chrome's format to an arbitrary messages.json.

export type Messages = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/** $NAME$ takes its placeholder's content, then $1…$9 take the substitutions, and $$ is a literal $. */
export function formatMessage(entry: Messages[string], substitutions: readonly string[]): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (substitutions[Number(which) - 1] ?? ''),
  );
}
