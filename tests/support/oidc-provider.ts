import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A real OpenID Connect provider (panva's oidc-provider) for the single sign-on browser tests.
// It serves one confidential client that must use PKCE, signs id_tokens with a fresh RS256 key,
// and uses oidc-provider's built-in development pages: a login form that accepts any password
// for the accounts below (typed as their email), then a consent page. In memory; test use only.

/** The accounts the test provider knows, by the login typed into its form. */
export const SSO_ACCOUNTS = {
  // Names differ from Pillars' own, so a test can tell the app shows its user, not the provider's claim.
  invited: { email: "manager@pillars.demo", email_verified: true, name: "Invited Manager (IdP)" },
  uninvited: { email: "stranger@example.com", email_verified: true, name: "Stranger (IdP)" },
  unverified: { email: "vpe@pillars.demo", email_verified: false, name: "Unverified VPE (IdP)" },
} as const;

export type TestOidcProvider = { issuer: string; clientId: string; clientSecret: string; stop: () => Promise<void> };

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
type ProviderClass = new (issuer: string, configuration: Record<string, unknown>) => { callback: () => Handler };

/**
 * Starts the provider on http://localhost:<free port> (issuer without a trailing slash).
 * `redirectUri` is the app's callback, e.g. `${baseURL}/api/auth/callback/oidc`.
 */
export async function startOidcProvider({ redirectUri }: { redirectUri: string }): Promise<TestOidcProvider> {
  // The port decides the issuer, so listen first and attach the provider once it is known.
  // No host: listen on both IPv4 and IPv6, whichever `localhost` resolves to.
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, () => resolve());
  });
  const issuer = `http://localhost:${(server.address() as AddressInfo).port}`;
  const clientId = "pillars-e2e";
  const clientSecret = randomBytes(24).toString("base64url");

  // ESM-only and untyped: a non-literal specifier keeps TypeScript from looking for declarations.
  const specifier: string = "oidc-provider";
  const { default: Provider } = (await import(specifier)) as { default: ProviderClass };
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: "jwk" }), kid: "e2e", alg: "RS256", use: "sig" };

  const provider = new Provider(issuer, {
    clients: [{
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      id_token_signed_response_alg: "RS256",
    }],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    // Confidential clients may skip PKCE by default; the app always sends it, so insist.
    pkce: { required: () => true },
    // Put the scope claims (email, email_verified, name) in the id_token, where next-auth reads them.
    conformIdTokenClaims: false,
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    features: { devInteractions: { enabled: true } },
    // Explicit lifetimes (seconds) silence the provider's "default ttl" notices.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    async findAccount(_ctx: unknown, id: string) {
      const account = Object.values(SSO_ACCOUNTS).find((candidate) => candidate.email === id);
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...account }) };
    },
  });
  server.on("request", provider.callback());

  return {
    issuer,
    clientId,
    clientSecret,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
