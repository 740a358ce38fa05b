import { test, expect, chromium } from '@playwright/test';

// A browser server and a DevTools port per test: literal ports collide when
// two workers run these at once; per-worker and free ports do not.
const WS_PORT = 9876;

test('connects to a launched browser server', async ({ browserType }) => {
  const server = await browserType.launchServer({ port: WS_PORT });
  const browser = await browserType.connect(server.wsEndpoint());
  expect(browser.isConnected()).toBe(true);
  await server.close();
});

test('connects over CDP', async () => {
  const browser = await chromium.launch({ args: ['--remote-debugging-port=9222'] });
  const cdp = await chromium.connectOverCDP('http://127.0.0.1:9222');
  expect(cdp.contexts().length).toBeGreaterThanOrEqual(0);
  await browser.close();
});

test('uses a per-worker server port', async ({ browserType }, testInfo) => {
  const server = await browserType.launchServer({ port: 8800 + testInfo.workerIndex });
  await server.close();
});

test('lets the browser pick its DevTools port', async () => {
  const browser = await chromium.launch({ args: ['--remote-debugging-port=0'] });
  await browser.close();
});
