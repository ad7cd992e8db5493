import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';

/** The organization's OpenID provider, as GET /v1/auth/config names it. */
export interface ProviderConfig {
  issuer: string;
  clientId: string;
  scopes: string;
}

export const CALLBACK_PATH = '/auth/callback';
const PROVIDER_KEY = 'nihil-obstat.provider';

let manager: { key: string; value: UserManager } | undefined;

/**
 * oidc-client-ts's UserManager for the provider: the authorization code flow with PKCE, the user kept in
 * this tab's sessionStorage, renewed before it expires (with the refresh token the provider gives), and
 * signed out at the provider, which then sends the browser back to the sign-in page.
 */
export function userManager(config: ProviderConfig): UserManager {
  const key = `${config.issuer} ${config.clientId} ${config.scopes}`;
  if (manager?.key !== key) {
    const origin = window.location.origin;
    const store = new WebStorageStateStore({ store: window.sessionStorage });
    const value = new UserManager({
      authority: config.issuer,
      client_id: config.clientId,
      scope: config.scopes,
      redirect_uri: `${origin}${CALLBACK_PATH}`,
      post_logout_redirect_uri: `${origin}/sign-in`,
      response_type: 'code',
      automaticSilentRenew: true,
      userStore: store,
      stateStore: store,
    });
    manager = { key, value };
  }
  return manager.value;
}

/** The provider this tab's session came from (kept so that a reload renews and signs out there), if any. */
export function sessionProvider(): ProviderConfig | undefined {
  try {
    const saved = window.sessionStorage.getItem(PROVIDER_KEY);
    return saved ? (JSON.parse(saved) as ProviderConfig) : undefined;
  } catch {
    return undefined;
  }
}

export function rememberProvider(config: ProviderConfig | undefined): void {
  try {
    if (config) window.sessionStorage.setItem(PROVIDER_KEY, JSON.stringify(config));
    else window.sessionStorage.removeItem(PROVIDER_KEY);
  } catch {
    // No storage (private mode): the session still works until the tab is reloaded.
  }
}

/** Sends the browser to the provider's sign-in page; it comes back to CALLBACK_PATH. */
export async function signInAtProvider(config: ProviderConfig, next?: string): Promise<void> {
  rememberProvider(config);
  await userManager(config).signinRedirect({ url_state: next });
}

let callback: Promise<User> | undefined;

/** Completes the sign-in on CALLBACK_PATH, once (React may run an effect twice; the code may be used only once). */
export function completeSignIn(config: ProviderConfig): Promise<User> {
  callback ??= userManager(config).signinRedirectCallback();
  return callback;
}

/** Signs out at the provider, which ends its session too and returns to the console's sign-in page. */
export async function signOutAtProvider(config: ProviderConfig): Promise<void> {
  const users = userManager(config);
  const user = await users.getUser();
  await users.removeUser();
  rememberProvider(undefined);
  await users.signoutRedirect({ id_token_hint: user?.id_token });
}
