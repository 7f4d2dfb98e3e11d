import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMenu, MENU_ID, watchMenuLanguage } from '../../../entrypoints/background/menu';
import { settings } from '../../../utils/settings';
import { browserLocale } from './browser-locale';

// The context-menu item's title follows the UI language setting, not only the browser's (issue 18 §5).
// fakeBrowser has no contextMenus: a one-item model stands in, refusing to update an item it does not have.

let item: { id: string; title: string } | null;

beforeEach(() => {
  fakeBrowser.reset();
  browserLocale('zh_CN');
  item = null;
  Object.assign(fakeBrowser.contextMenus, {
    removeAll: vi.fn(async () => {
      item = null;
    }),
    create: vi.fn(({ id, title }: { id: string; title: string }) => {
      item = { id, title };
    }),
    update: vi.fn(async (id: string, { title }: { title: string }) => {
      if (item?.id !== id) throw new Error(`Cannot find menu item with id ${id}`);
      item.title = title;
    }),
  });
});

const ZH = '用保知查询“%s”';
const EN = 'Look up “%s” in Baozhi';

describe('the context menu item', () => {
  it("is titled in the browser's language by default, and in the chosen one otherwise", async () => {
    await createMenu();
    expect(item).toEqual({ id: MENU_ID, title: ZH });
    await settings.language.set('en');
    await createMenu();
    expect(item?.title).toBe(EN);
  });

  it('follows the language setting as it changes', async () => {
    await createMenu();
    const unwatch = watchMenuLanguage();
    await settings.language.set('en');
    await vi.waitFor(() => expect(item?.title).toBe(EN));
    await settings.language.set('auto');
    await vi.waitFor(() => expect(item?.title).toBe(ZH));
    unwatch();
  });

  it('a change before the item exists is left to createMenu', async () => {
    const unwatch = watchMenuLanguage();
    await settings.language.set('en');
    await vi.waitFor(() => expect(fakeBrowser.contextMenus.update).toHaveBeenCalled());
    expect(item).toBeNull();
    await createMenu();
    expect(item?.title).toBe(EN);
    unwatch();
  });
});
