// The one element helper for DOM built without React (the popup's first paint, the hint card). Text only ever
// goes in as text nodes and attribute values, never as HTML.

export type Child = Node | string | null | false | undefined;

/** createElement with attributes and children; strings become text nodes, falsy children are skipped. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (attrs) for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}
