import { NATIONAL_HOSTS } from './lib/sites';
import { defineConfig } from 'wxt';
import { asciiOnly } from './scripts/vite-ascii-only';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: pure lib/ code must show it has no browser imports.
  imports: false,
  manifestVersion: 3,
  vite: () => ({ plugins: [asciiOnly()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage'],
    host_permissions: NATIONAL_HOSTS,
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'baozhi@baozhi.example',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
