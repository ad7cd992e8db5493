import { createHash, randomBytes } from 'node:crypto';
import { CONSOLE_CLIENT_ID, ENGINE_SCOPE } from './oidc-provider';

export interface ProviderTokens {
  access_token: string;
  id_token: string;
  refresh_token?: string;
}

/**
 * Signs `login` in at the test provider as the console would, over plain HTTP: the authorization code
 * flow with PKCE through the provider's own login and consent forms, then the code exchanged for tokens.
 */
export async function signInOverHttp(issuer: string, login: string, redirectUri: string): Promise<ProviderTokens> {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const query = new URLSearchParams({
    client_id: CONSOLE_CLIENT_ID,
    response_type: 'code',
    redirect_uri: redirectUri,
    scope: `openid profile ${ENGINE_SCOPE}`,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: randomBytes(8).toString('hex'),
  });
  const code = await codeFrom(new Browserless(), `${issuer}/auth?${query.toString()}`, login, redirectUri);
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      client_id: CONSOLE_CLIENT_ID,
      code_verifier: verifier,
    }),
  });
  if (!response.ok) throw new Error(`token endpoint: ${response.status} ${await response.text()}`);
  return (await response.json()) as ProviderTokens;
}

/** Follows redirects and fills the provider's forms (login, then consent) until it redirects to the client with a code. */
async function codeFrom(browser: Browserless, start: string, login: string, redirectUri: string): Promise<string> {
  let next: { url: string; form?: Record<string, string> } = { url: start };
  for (let step = 0; step < 12; step++) {
    const response = await browser.request(next.url, next.form);
    const location = response.headers.get('location');
    if (location?.startsWith(redirectUri)) {
      const code = new URL(location).searchParams.get('code');
      if (!code) throw new Error(`no code in ${location}`);
      return code;
    }
    if (location) next = { url: new URL(location, next.url).toString() };
    else next = formOf(await response.text(), next.url, login);
  }
  throw new Error('the provider never redirected back with a code');
}

function formOf(html: string, base: string, login: string): { url: string; form: Record<string, string> } {
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
  if (!action || !prompt) throw new Error(`not a form of the provider: ${html.slice(0, 300)}`);
  const form: Record<string, string> = prompt === 'login' ? { prompt, login, password: 'any' } : { prompt };
  return { url: new URL(action, base).toString(), form };
}

/** fetch with a cookie jar and no automatic redirects. */
class Browserless {
  private readonly cookies = new Map<string, string>();

  async request(url: string, form?: Record<string, string>): Promise<Response> {
    const headers: Record<string, string> = { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      headers,
      body: form ? new URLSearchParams(form) : undefined,
      redirect: 'manual',
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  }
}
