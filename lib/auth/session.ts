import { decode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";
import { env } from "@/lib/env";
import { orgToday } from "@/lib/org/queries";

// The one place that reads the session. Loaded once per request (React cache): the token names
// a user and a session version; the user's roles, active flag and linked person come from the
// database, so deactivation, a role change or a password reset (each bumps the version) applies
// on the very next request.

/** next-auth's session cookie; the __Secure- prefix when the app is served over https (lib/auth/options.ts). */
function sessionCookieName(): string {
  return `${env().APP_URL.startsWith("https:") ? "__Secure-" : ""}next-auth.session-token`;
}

/**
 * The session token, verified: next-auth's own decoder (A256GCM under a key derived from
 * NEXTAUTH_SECRET; expired, forged or altered tokens are refused). Only decoding — unlike
 * getServerSession, which re-encodes a fresh token on every call that a page cannot set anyway.
 */
async function sessionToken(): Promise<{ uid: number; sv: number } | null> {
  const value = (await cookies()).get(sessionCookieName())?.value;
  if (!value) return null;
  const payload = await decode({ token: value, secret: env().NEXTAUTH_SECRET }).catch(() => null);
  return typeof payload?.uid === "number" && typeof payload.sv === "number" ? { uid: payload.uid, sv: payload.sv } : null;
}

export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await sessionToken();
  if (!session) return null;
  const user = await db().user.findUnique({
    where: { id: session.uid },
    select: { id: true, email: true, name: true, roles: true, personId: true, active: true, sessionVersion: true, person: { select: { endDate: true } } },
  });
  if (!user || !user.active || user.sessionVersion !== session.sv) return null;
  // Someone who has left (their last day is past) is signed out on their next request, even when
  // their departure was recorded ahead of time and no one has closed the login since.
  if (user.person?.endDate && user.person.endDate < (await orgToday())) return null;
  return { userId: user.id, email: user.email, name: user.name, roles: user.roles, personId: user.personId };
});

/**
 * For pages and layouts: the actor, or a redirect to sign-in that comes back here. Every page
 * calls it itself: a layout is not re-rendered on client navigation, so it cannot guard alone.
 */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    const path = (await headers()).get("x-pathname") ?? "/";
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  }
  return actor;
}

/** For route handlers and server actions: the actor, or an UNAUTHENTICATED error (401). */
export async function requireActorForRequest(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  return actor;
}
