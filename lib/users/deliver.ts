import { normaliseEmail } from "@/lib/auth/credentials";
import { takeAttempt, type ThrottleKey } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { invitationMessage, passwordResetMessage, type MailContent } from "@/lib/mail/messages";
import { mailEnabled, sendMail } from "@/lib/mail/transport";
import type { TUserTokenKind } from "./schemas";
import { issueUserToken, type RequestInfo } from "./tokens";

// Hands a user a single-use link: by mail when mail is configured and the relay accepts it;
// otherwise `emailed: false` and the caller (the admin screen) shows the link to pass on.

export type Delivery = { link: string; emailed: boolean };

const LINK_PATH: Record<TUserTokenKind, string> = { INVITATION: "invitation", PASSWORD_RESET: "reset-password" };

type Compose = (input: { name: string; link: string; expiresAt: Date }) => MailContent;

async function deliver(userId: number, kind: TUserTokenKind, request: RequestInfo, compose: Compose): Promise<Delivery> {
  const { user, token, expiresAt } = await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true, email: true, active: true } });
    if (!user) throw new AppError("NOT_FOUND", "Not found");
    if (!user.active) throw new AppError("CONFLICT", "This user is deactivated. Reactivate them before sending a link.");
    return { user, ...(await issueUserToken(tx, { userId, kind, request })) };
  });
  const link = `${env().APP_URL.replace(/\/+$/, "")}/${LINK_PATH[kind]}/${token}`;
  if (!mailEnabled()) return { link, emailed: false };
  try {
    await sendMail({ to: { name: user.name, address: user.email }, ...compose({ name: user.name, link, expiresAt }) });
    return { link, emailed: true };
  } catch (error) {
    // The link is issued and still works; the caller shows it instead. Never log the link itself.
    logger.warn({ err: error, userId, kind }, "mail not sent");
    return { link, emailed: false };
  }
}

export function deliverInvitation({ userId, invitedByName, request = {} }: { userId: number; invitedByName: string; request?: RequestInfo }): Promise<Delivery> {
  return deliver(userId, "INVITATION", request, (input) => invitationMessage({ ...input, invitedByName }));
}

export function deliverPasswordReset({ userId, request = {} }: { userId: number; request?: RequestInfo }): Promise<Delivery> {
  return deliver(userId, "PASSWORD_RESET", request, passwordResetMessage);
}

/** Mails a reset link to an active user with this email; silently nothing for anyone else. */
async function sendResetIfActive(email: string, request: RequestInfo): Promise<void> {
  try {
    if (!mailEnabled()) return;
    const user = await db().user.findUnique({ where: { email }, select: { id: true, active: true } });
    if (user?.active) await deliverPasswordReset({ userId: user.id, request });
  } catch (error) {
    logger.error({ err: error, requestId: request.requestId }, "password reset delivery failed");
  }
}

/**
 * The forgot-password form. Requests are counted per email and per address under keys of their
 * own, so asking for resets never locks the account's sign-in (and a sign-in lockout never blocks
 * a reset). The lookup and the mail run in `delivery`, which the caller lets finish after
 * answering: the answer then takes as long whether or not the account exists.
 */
export async function requestPasswordReset({ email, request = {} }: { email: string; request?: RequestInfo }): Promise<{ retryAfterSeconds: number; delivery: Promise<void> }> {
  const normalised = normaliseEmail(email);
  const keys: ThrottleKey[] = [`account:password-reset:${normalised}`];
  if (request.ip) keys.push(`ip:password-reset:${request.ip}`);
  const retryAfterSeconds = await takeAttempt(keys);
  if (retryAfterSeconds > 0) return { retryAfterSeconds, delivery: Promise.resolve() };
  return { retryAfterSeconds: 0, delivery: sendResetIfActive(normalised, request) };
}
