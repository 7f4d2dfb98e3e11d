// Canonical JSON: object keys sorted by code unit (recursively), no whitespace, undefined members dropped and
// undefined array slots written as null, as JSON.stringify does. The dataset hash is taken over this form so
// that key order in authored files never changes it. Serialised by hand because rebuilding sorted objects
// would not help: JS objects list integer-like keys first whatever the insertion order.

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const members = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}
