/**
 * Headless Chromium as Setup Assistant's web view (E.3): the device header on the first navigation only (request
 * interception, never setExtraHTTPHeaders, which would send the blob to the IdP too), downloads captured to a folder,
 * every response's status, content type and host recorded. Debian's chromium, a fresh profile per browser.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { tempDir } from '../helpers/tmp.ts';

export const CHROMIUM = '/usr/bin/chromium';

export interface Seen {
  status: number;
  type: string | undefined;
  host: string;
  path: string;
}

export interface WebView {
  browser: Browser;
  page: Page;
  seen: Seen[];
  /** Requests that carried x-apple-aspen-deviceinfo, by URL. */
  withHeader: string[];
  downloads: string;
  /** Called for the callback's navigation instead of letting it through (tests that replay it themselves). */
  interceptCallback?: (r: HTTPRequest) => void;
  downloaded(): Buffer | undefined;
  close(): Promise<void>;
}

export async function openWebView(webUrl: string, blobB64: string | undefined): Promise<WebView> {
  // a missing browser fails the test (never a skip): .ci/run installs Debian's chromium
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (.ci/run does)`);
  const profile = tempDir('adesync-chromium-');
  const downloads = tempDir('adesync-dl-');
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: profile,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--ignore-certificate-errors',
      '--host-resolver-rules=MAP *.test 127.0.0.1',
    ],
    protocolTimeout: 120_000,
  });
  const page = await browser.newPage();
  page.setDefaultTimeout(60_000);
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  const view: WebView = {
    browser,
    page,
    seen: [],
    withHeader: [],
    downloads,
    downloaded() {
      const f = readdirSync(downloads).filter((n) => !n.endsWith('.crdownload'));
      return f.length ? readFileSync(join(downloads, f[0])) : undefined;
    },
    close: () => browser.close(),
  };
  let first = true;
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    if (r.isInterceptResolutionHandled()) return;
    if (first && blobB64 !== undefined && r.isNavigationRequest() && r.url() === webUrl) {
      first = false;
      view.withHeader.push(r.url());
      void r.continue({ headers: { ...r.headers(), 'x-apple-aspen-deviceinfo': blobB64 } });
      return;
    }
    if ('x-apple-aspen-deviceinfo' in r.headers()) view.withHeader.push(r.url());
    if (view.interceptCallback && new URL(r.url()).pathname === '/auth/callback') return view.interceptCallback(r);
    void r.continue();
  });
  page.on('response', (r) => {
    const u = new URL(r.url());
    view.seen.push({ status: r.status(), type: r.headers()['content-type'], host: u.host, path: u.pathname });
  });
  return view;
}

/** The oidc-provider dev login form, then its consent page. */
export async function logIn(page: Page, login: string): Promise<void> {
  await page.waitForSelector('input[name=login]');
  await page.type('input[name=login]', login);
  await page.type('input[name=password]', 'any password');
  await page.click('button[type=submit]');
  await page.waitForSelector('input[name=prompt][value=consent]');
  // the consent's submit ends in the callback: a download (navigation aborted) or a page
  await page.click('button[type=submit]');
}
