import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/http/client-ip";
import { normaliseEmail, verifyCredentials } from "./credentials";

// next-auth configuration. Sessions are JWTs holding only { uid, sv }; no database adapter, so
// no provider can create a user: single sign-on admits only an active user an admin invited.

type OidcProfile = { sub: string; email?: string; email_verified?: boolean; name?: string };

function oidcProvider(): OAuthConfig<OidcProfile> | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_DISPLAY_NAME } = env();
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return null;
  return {
    id: "oidc",
    name: OIDC_DISPLAY_NAME,
    type: "oauth",
    // The issuer string must match the provider's exactly (no added trailing slash).
    wellKnown: `${OIDC_ISSUER}/.well-known/openid-configuration`,
    idToken: true,
    checks: ["pkce", "state"],
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    profile: (profile) => ({ id: profile.sub, email: profile.email ?? null, name: profile.name ?? null, sessionVersion: 0 }),
  };
}

/** The active, invited user a verified SSO email belongs to, or null. */
async function invitedUserFor(profile: OidcProfile | undefined) {
  if (!profile?.email || profile.email_verified !== true) return null;
  const user = await db().user.findUnique({ where: { email: normaliseEmail(profile.email) } });
  return user?.active ? user : null;
}

export function authOptions(): AuthOptions {
  const oidc = oidcProvider();
  return {
    secret: env().NEXTAUTH_SECRET,
    // Secure cookies follow the public URL, not whatever NEXTAUTH_URL happens to be.
    useSecureCookies: env().APP_URL.startsWith("https:"),
    session: { strategy: "jwt", maxAge: 8 * 60 * 60, updateAge: 60 * 60 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const forwarded = req.headers?.["x-forwarded-for"];
          const result = await verifyCredentials({
            email: String(credentials?.email ?? ""),
            password: String(credentials?.password ?? ""),
            ip: clientIp(Array.isArray(forwarded) ? forwarded.join(",") : forwarded),
          });
          // The message reaches the sign-in form, which words it; it never says which part was wrong.
          if (!result.ok) throw new Error(result.reason === "locked" ? `locked:${result.retryAfterSeconds}` : "invalid");
          return { id: String(result.userId), sessionVersion: result.sessionVersion };
        },
      }),
      ...(oidc ? [oidc] : []),
    ],
    events: {
      // Signing out ends every session of the user, so a copied cookie stops working too.
      async signOut({ token }) {
        if (token?.uid) await db().user.updateMany({ where: { id: token.uid }, data: { sessionVersion: { increment: 1 } } });
      },
    },
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== "oidc") return true;
        const user = await invitedUserFor(profile as OidcProfile | undefined);
        await recordAudit({
          actorId: user?.id ?? null,
          action: user ? "auth.sso_sign_in" : "auth.sso_refused",
          entityType: "User",
          entityId: user?.id ?? null,
        });
        return user !== null;
      },
      async jwt({ token, user, account, profile }) {
        if (!user) return token;
        if (account?.provider === "oidc") {
          const invited = await invitedUserFor(profile as OidcProfile | undefined);
          if (!invited) throw new Error("not invited");
          return { uid: invited.id, sv: invited.sessionVersion };
        }
        // A fresh token with nothing but the id and session version (no name, email or picture).
        return { uid: Number(user.id), sv: user.sessionVersion };
      },
      session({ session, token }) {
        return { expires: session.expires, uid: token.uid, sv: token.sv };
      },
    },
  };
}
