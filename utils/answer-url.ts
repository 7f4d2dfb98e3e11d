import { browser } from '#imports';
import type { CityFrom } from '../lib/scope';

// The answer page's address, built by the background (the card's 查看详情, the context menu), the popup (open in
// tab) and the answer page's own links, and read by the answer page: ?id=<record>|q=<question>, &city=<code>,
// &from=page|question|choice (why that city; absent: the home city).

export type LinkFrom = Extract<CityFrom, 'page' | 'question' | 'choice'>;

export interface AnswerLink {
  /** A record id, or else a question to search. */
  id?: string;
  q?: string;
  city?: string | null;
  from?: LinkFrom;
}

const FROM = new Set<string>(['page', 'question', 'choice']);
const REGION = /^\d{6}$/;

export function answerUrl(link: AnswerLink): string {
  const params = new URLSearchParams();
  if (link.id) params.set('id', link.id);
  if (link.q) params.set('q', link.q);
  if (link.city) params.set('city', link.city);
  if (link.city && link.from) params.set('from', link.from);
  // The answer page is built by WXT from entrypoints/answer/; its typed public paths lag behind.
  return (browser.runtime.getURL as (path: string) => string)(`/answer.html?${params.toString()}`);
}

/** What an answer-page address asks for; anything malformed is left out. */
export function readAnswerLink(search: string): AnswerLink {
  const params = new URLSearchParams(search);
  const city = params.get('city');
  const from = params.get('from');
  return {
    id: params.get('id') ?? undefined,
    q: params.get('q')?.trim() || undefined,
    city: city && REGION.test(city) ? city : null,
    from: from && FROM.has(from) ? (from as LinkFrom) : undefined,
  };
}
