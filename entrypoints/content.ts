import { browser, defineContentScript } from '#imports';
import { HintResponse, type PageDetection } from '../lib/messages';
import { LIMITS } from '../lib/limits';
import { NATIONAL_HOSTS } from '../lib/sites';
import { renderHintCard } from '../utils/hint-card';

// Interim detection for the foundation: 医保 plus a 断缴 phrasing in the title, headings or a capped sample.
const INSURANCE = /医保|医疗保险/;
const STOPPED = /断缴|断交|停缴|停交|停保|断保|没交了/;

function textSample(root: Node, limit: number): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script,style,noscript,template')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let text = '';
  while (text.length < limit && walker.nextNode()) text += walker.currentNode.nodeValue ?? '';
  return text.slice(0, limit);
}

function detect(): PageDetection {
  const headings = Array.from(document.querySelectorAll('h1,h2'), (h) => h.textContent ?? '').join(' ');
  const text = `${document.title} ${headings} ${textSample(document.body, LIMITS.textSample)}`;
  const relevant = INSURANCE.test(text) && STOPPED.test(text);
  return { relevant, score: relevant ? 1 : 0, topics: relevant ? ['balance_after_stop'] : [], city: null };
}

export default defineContentScript({
  matches: NATIONAL_HOSTS,
  runAt: 'document_idle',
  async main(ctx) {
    if (window.top !== window) return;
    const detection = detect();
    await browser.runtime.sendMessage({ type: 'page-detected', detection });
    if (!detection.relevant || ctx.isInvalid) return;
    const hint = HintResponse.safeParse(await browser.runtime.sendMessage({ type: 'get-hint' }));
    if (hint.success && hint.data) renderHintCard(hint.data);
  },
});
