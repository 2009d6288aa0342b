// The page in a real headless Chromium (Debian's `chromium`, driven by playwright-core): join, post,
// and see messages from a client of the other instance arrive live. Leaves a screenshot in
// .test-results/demo-browser.png.
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Socket } from 'socket.io-client';
import { redisTestServers, startStandalone, type RedisStandaloneTopology } from '@org/redis-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatMessage } from '../src/models/ChatMessage.js';
import type { DemoApp } from '../src/models/DemoApp.js';
import { unique } from './support/demoEnv.js';
import { join, nextEvent, request, SocketClients } from './support/SocketClients.js';
import { DemoInstances } from './support/startDemo.js';

const chromiumPath = '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
if (!hasChromium)
  console.warn(`[browser test] skipped: ${chromiumPath} is missing (apt-get install chromium).`);

/** Headless Chromium with the flags this machine needs (no background connections to the closed network). */
function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const screenshotPath = fileURLToPath(new URL('../.test-results/demo-browser.png', import.meta.url));

describe.skipIf(!hasChromium)('demo page in Chromium', () => {
  const apps = new DemoInstances();
  const clients = new SocketClients();
  const room = unique('room');
  const [ada, bob] = [unique('ada'), unique('bob')];
  let browser: Browser | undefined;
  let page: Page;
  let a: DemoApp;
  let onB: Socket;

  beforeAll(async () => {
    const [first, b] = await Promise.all([apps.start('standalone'), apps.start('standalone')]);
    a = first;
    // playwright-core gives the browser a fresh temporary profile of its own, removed on close.
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 900, height: 720 } });
    await page.goto(`${a.url}/?room=${room}&user=${ada}`);
    await page.click('#join');
    await page.waitForSelector(`#room-label:has-text("${room}")`);
    onB = await clients.connect(b.url);
    await join(onB, room, bob);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    clients.closeAll();
    await apps.closeAll();
  });

  it('should show a message posted by a client of the other instance', async () => {
    await request(onB, 'post', { text: 'hello from instance B' });
    const shown = page.locator('#messages li', { hasText: 'hello from instance B' });
    await shown.waitFor({ timeout: 5000 });
    expect(await shown.locator('.user').textContent()).toBe(bob);
  });

  it('should deliver what the page posts to the client of the other instance', async () => {
    const received = nextEvent<ChatMessage>(onB, 'message', (message) => message.user === ada);
    await page.fill('#text', 'hello from the browser');
    await page.click('#send');
    expect(await received).toMatchObject({ room, user: ada, text: 'hello from the browser' });
  });

  it('should count both users as present', async () => {
    await page.waitForSelector('#presence:has-text("2 online")', { timeout: 5000 });
    expect(await page.textContent('#presence')).toBe(`2 online: ${[ada, bob].sort().join(', ')}`);
  });

  it('should show a rejected post as an error, keeping the page connected', async () => {
    await page.fill('#text', 'x'.repeat(501));
    await page.click('#send');
    await page.waitForSelector('#error:has-text("MESSAGE_TOO_LONG")', { timeout: 5000 });
    expect(await page.textContent('#status')).toBe(`connected to instance ${a.instanceId}`);
  });

  it("should show Redis up in the live panel, with the instance's node", async () => {
    await page.waitForSelector('#redis-state:has-text("up (standalone)")', { timeout: 5000 });
    const node = redisTestServers().standalone;
    expect([
      await page.textContent('#redis-nodes tbody td:first-child'),
      await page.isVisible('#redis-down'),
    ]).toStrictEqual([`${node.host}:${node.port}`, false]);
  });

  it('should leave a screenshot of the page in the test output', async () => {
    mkdirSync(fileURLToPath(new URL('../.test-results/', import.meta.url)), { recursive: true });
    await page.screenshot({ path: screenshotPath, fullPage: true });
    expect(existsSync(screenshotPath)).toBe(true);
  });
});

describe.skipIf(!hasChromium)('demo page in Chromium, with its Redis killed', () => {
  const apps = new DemoInstances();
  let server: RedisStandaloneTopology;
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    server = await startStandalone();
    const app = await apps.startOn({ REDIS_MODE: 'standalone', REDIS_URL: server.url });
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(`${app.url}/?room=${unique('room')}&user=${unique('ada')}`);
    await page.waitForSelector('#redis-state:has-text("up (standalone)")', { timeout: 5000 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await apps.closeAll();
    await server.stop();
  });

  it('should say that Redis is down within a second, and at once when the person joins', async () => {
    const killedAt = Date.now();
    await server.killNode(server.nodes[0]!.id);
    await page.waitForSelector('#redis-down:has-text("Redis is down since")', { timeout: 1000 });
    const shownAfterMs = Date.now() - killedAt;
    await page.click('#join');
    expect([shownAfterMs < 1000, await page.textContent('#error')]).toStrictEqual([
      true,
      'Redis is down: this waits until it is back or times out.',
    ]);
  });
});
