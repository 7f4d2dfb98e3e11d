import { NATIONAL_HOSTS, OPTIONAL_HOSTS } from './lib/sites';
import { defineConfig } from 'wxt';
import { asciiOnly } from './scripts/vite-ascii-only';

// Test-only variants (see utils/test-flags.ts) build into their own folder, e.g. .output/test-unavailable-chrome-mv3.
const testFlags = (process.env.BAOZHI_TEST_FLAGS ?? '').split(',').filter(Boolean).sort();
const variant = testFlags.length ? `test-${testFlags.join('+')}-` : '';
// Playwright cannot click a permission prompt: the 'grant-optional' build has the optional hosts granted at
// install, so the real registration path (utils/bg-registration.ts) runs in browser tests.
const grantOptional = testFlags.includes('grant-optional');
// One source image (assets/icon.svg, outlined paths); @wxt-dev/auto-icons renders these sizes into icons/ at build.
const ICON_SIZES = [16, 32, 48, 128];
const icons = Object.fromEntries(ICON_SIZES.map((size) => [size, `icons/${size}.png`]));

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/auto-icons'],
  // The real colours in every build, dev included: tests and screenshots see the icon users see.
  autoIcons: { baseIconPath: 'assets/icon.svg', sizes: ICON_SIZES, developmentIndicator: false },
  // Explicit imports everywhere: pure lib/ code must show it has no browser imports.
  imports: false,
  manifestVersion: 3,
  outDirTemplate: `${variant}{{browser}}-mv{{manifestVersion}}`,
  hooks: {
    // The popup is built on its own, so its first paint is one script file: in the shared build the modules it
    // shares with the options and answer pages become separate chunks, and each extra request costs the popup
    // ~5 ms (npm run bench:browser). The cost is a second copy of the shared code in the package.
    'entrypoints:grouped': (_wxt, groups) => {
      for (const group of groups) {
        if (!Array.isArray(group) || group.length < 2) continue;
        const popup = group.findIndex((entry) => entry.type === 'popup');
        if (popup >= 0) groups.push(group.splice(popup, 1));
      }
    },
  },
  vite: () => ({
    plugins: [asciiOnly()],
    define: { __BAOZHI_TEST_FLAGS__: JSON.stringify(testFlags) },
    // Imported JSON (dataset, regions, index) ships as JSON.parse('…'), which V8 parses faster than literals.
    json: { stringify: true },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // scripting: register content scripts for granted optional hosts and inject on a gesture;
    // activeTab: the popup, shortcut and context menu work on any tab without a host permission.
    permissions: ['storage', 'scripting', 'activeTab', 'contextMenus'],
    // domain.md "Where 保知 runs": the national row is the only install-time host list.
    host_permissions: grantOptional ? [...NATIONAL_HOSTS, ...OPTIONAL_HOSTS] : NATIONAL_HOSTS,
    optional_host_permissions: grantOptional ? [] : OPTIONAL_HOSTS,
    // auto-icons fills `icons` (extensions page, store); the toolbar button needs its own entry.
    action: { default_title: '__MSG_extName__', default_icon: icons },
    // Opens the popup, which asks the background to inject into the tab (activeTab).
    commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+B' } } },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'baozhi@baozhi.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
