import type { Hint } from '../../lib/messages';
import type { Channel } from './guard';
import { createHintCard, type HintCard } from './hint-card';
import { isHint } from './validate';

/** The card step: shows, updates or removes the card for the background's reply, and survives the page. */
export interface CardStep {
  /** The background's reply for a relevant page: a Hint, or anything else for none. */
  show(reply: unknown, relevant: boolean): void;
  hide(): void;
  /** Colours again (the page or the browser turned dark or light). */
  restyle(): void;
  /** Called on DOM changes: a card the page removed is put back once, then the page is left alone. */
  checkMounted(): void;
  /** A new page (SPA navigation): the page may have the card again. */
  reset(): void;
}

export function cardStep({ guard, send }: Channel, isInvalid: () => boolean): CardStep {
  let card: HintCard | null = null;
  let hint: Hint | null = null;
  /** The page removed our card: we put it back once, then leave the page alone (until its URL changes). */
  let remounted = false;
  let blocked = false;

  const hide = () => {
    const old = card;
    card = null;
    hint = null;
    old?.remove();
  };
  const actions = {
    details: guard(async () => {
      if (hint) await send({ type: 'open-answer', recordId: hint.recordId, city: hint.city });
    }),
    dismiss: guard(async () => {
      hide();
      await send({ type: 'hint-dismiss' });
    }),
    siteOff: guard(async () => {
      hide();
      await send({ type: 'hint-site-off' });
    }),
    allOff: guard(async () => {
      hide();
      await send({ type: 'hints-off' });
    }),
  };

  return {
    show(reply, relevant) {
      if (isInvalid()) return;
      if (!relevant || !isHint(reply)) return hide();
      hint = reply;
      if (card) card.update(reply);
      else if (!blocked) {
        card = createHintCard(reply, actions);
        card.mount();
      }
    },
    hide,
    restyle() {
      if (card && hint) card.update(hint);
    },
    checkMounted() {
      if (!card || card.host.isConnected) return;
      if (remounted) {
        blocked = true;
        card = null;
        return;
      }
      remounted = true;
      card.mount();
    },
    reset() {
      hide();
      remounted = false;
      blocked = false;
    },
  };
}
