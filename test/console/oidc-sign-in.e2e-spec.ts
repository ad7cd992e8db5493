import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { ConsoleBrowser, expectAccessible, heading, openConsoleBrowser, see, shot } from '../support/console-browser';
import { CONSOLE_CLIENT_ID, ENGINE_AUDIENCE, ENGINE_SCOPE, startTestProvider, TestProvider } from '../support/oidc-provider';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Issue 15: the console signs in through the organization's OpenID provider (a real one, oidc-provider on
 * loopback) with the authorization code flow and PKCE, renews its access token before it expires, and
 * signs out at the provider too.
 */

jest.setTimeout(120_000);

describe("the console's sign-in through the organization's OpenID provider", () => {
  let provider: TestProvider;
  let t: TestApp;
  let browser: ConsoleBrowser;

  beforeAll(async () => {
    // Access tokens live 65 s: oidc-client-ts renews them a minute before they expire, so within seconds.
    provider = await startTestProvider({ accessTokenTtlSeconds: 65 });
    const env = {
      AUTH_OIDC_ISSUER: provider.issuer,
      AUTH_OIDC_AUDIENCE: ENGINE_AUDIENCE,
      AUTH_OIDC_CLIENT_ID: CONSOLE_CLIENT_ID,
      AUTH_OIDC_SCOPES: `openid profile ${ENGINE_SCOPE}`,
    };
    t = await startTestApp({ now: new Date().toISOString(), env });
    browser = await openConsoleBrowser(t);
    provider.allowConsoleAt(browser.base);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await provider?.close();
  });

  afterEach(() => {
    expect({ browserProblems: browser.takeProblems() }).toEqual({ browserProblems: [] });
  });

  it("signs in on the provider's login page, acts as the user's mission, renews the token, and signs out at the provider", async () => {
    const { context, page } = await browser.newPage();
    // The test's pages reach Chromium through request interception, so it cannot tell that they too come from
    // loopback; its Local Network Access check would then refuse their calls to the provider on loopback.
    await context.grantPermissions(['local-network-access'], { origin: browser.base });
    await page.goto(`${browser.base}/sign-in`);
    await heading(page, 'Sign in').waitFor();
    await page.getByRole('heading', { name: "Sign in with your organization's account" }).waitFor();
    await expectAccessible(page, 'sign-in with a provider');
    await shot(page, 'oidc-01-sign-in');

    await page.getByRole('button', { name: 'Sign in with your organization' }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.getByRole('textbox', { name: 'Enter any login' }).fill('diplomat-fra');
    await page.getByRole('textbox', { name: 'and password' }).fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    // Listening from before the sign-in ends: the renewal comes seconds after it.
    const renewal = page.waitForResponse(
      (response) =>
        response.url() === `${provider.issuer}/token` && (response.request().postData() ?? '').includes('grant_type=refresh_token'),
      { timeout: 30_000 },
    );
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.waitForURL(`${browser.base}/pending`);
    await see(page.getByRole('banner')).toContainText('Permanent Mission of France');
    await shot(page, 'oidc-02-signed-in');
    const firstToken = await sessionToken(page);

    expect((await renewal).status()).toBe(200);
    const renewed = await tokenOtherThan(page, firstToken);
    const me = await t.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${renewed}` } });
    expect(me.json()).toEqual({ sub: 'diplomat-fra', role: 'member-state', state: 'FRA', stateName: 'France' });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL(`${browser.base}/sign-in`);
    await heading(page, 'Sign in').waitFor();
    expect(await sessionToken(page)).toBeNull();
    await context.close();
  });
});

/**
 * The session's token once the console has replaced `previous`. Polled from here: page.waitForFunction
 * evaluates its predicate with eval in the page, which the console's CSP (no 'unsafe-eval') refuses.
 */
async function tokenOtherThan(page: Page, previous: string | null): Promise<string | null> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const token = await sessionToken(page);
    if (token !== previous) return token;
    await page.waitForTimeout(100);
  }
  throw new Error('The console kept its first token for 30 s after the provider renewed it');
}

/** A string, evaluated in the page: the engine's tsconfig has no DOM types. */
function sessionToken(page: Page): Promise<string | null> {
  return page.evaluate<string | null>(`sessionStorage.getItem('nihil-obstat.token')`);
}
