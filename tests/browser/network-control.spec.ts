import { test as base } from '@playwright/test';
import { expect, launchExtension } from './fixtures';

// Positive control for the no-network check: the same monitor must notice when the extension fetches.
// It launches its own browser so its deliberate fetches never reach the shared extension's log.
base('the network monitor catches a fetch from an extension page and from the service worker', async () => {
  const extension = await launchExtension();
  try {
    const page = await extension.open('popup.html');
    await page.evaluate(() => fetch('http://127.0.0.1:9/page-probe').catch(() => undefined));
    await extension.worker.evaluate(() => fetch('http://127.0.0.1:9/worker-probe').catch(() => undefined));
    const log = () => extension.network.extensionRequests.join('\n');
    await expect.poll(log).toMatch(/popup\.html -> http:\/\/127\.0\.0\.1:9\/page-probe/);
    await expect.poll(log).toMatch(/service-worker -> .*worker-probe/);
  } finally {
    await extension.context.close();
  }
});
