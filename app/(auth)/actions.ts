"use server";

import { after } from "next/server";
import { z } from "zod";
import { isAppError, type FieldErrors } from "@/lib/errors";
import { requestContext } from "@/lib/http/request-context";
import { logger } from "@/lib/logger";
import { requestPasswordReset } from "@/lib/users/deliver";
import { ZForgotPassword, ZSetPassword } from "@/lib/users/schemas";
import { consumeUserToken, INVALID_LINK } from "@/lib/users/tokens";

// Account actions reachable without signing in: the link itself (or nothing at all, for the
// forgot-password form) is the only credential, so every answer is worded to reveal nothing more.

export type AuthFormState = { ok: boolean; message?: string; fieldErrors?: FieldErrors };

const NEEDS_ATTENTION = "Some fields need attention.";
const RESET_REQUESTED = "If that email belongs to an active account, a reset link is on its way.";
const FAILED = "Something went wrong. Please try again.";

function text(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
}

function unexpected(error: unknown, requestId: string | null, what: string): AuthFormState {
  if (isAppError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  logger.error({ err: error, requestId }, what);
  return { ok: false, message: FAILED };
}

/** Sets a password from an invitation or reset link (the kind arrives in a hidden field). */
export async function setPasswordAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const parsed = ZSetPassword.safeParse({
    token: text(formData, "token"),
    kind: text(formData, "kind"),
    password: text(formData, "password"),
    confirmPassword: text(formData, "confirmPassword"),
  });
  if (!parsed.success) {
    const { token, kind, ...fieldErrors } = z.flattenError(parsed.error).fieldErrors;
    if (token || kind) return { ok: false, message: INVALID_LINK };
    return { ok: false, message: NEEDS_ATTENTION, fieldErrors };
  }
  const request = await requestContext();
  try {
    const { token, kind, password } = parsed.data;
    const { email } = await consumeUserToken({ token, kind, password, request });
    return { ok: true, message: `Your password is set. Sign in as ${email} with your new password.` };
  } catch (error) {
    return unexpected(error, request.requestId, "set password failed");
  }
}

/** The forgot-password form: the same answer whether or not the email has an account. */
export async function requestPasswordResetAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const parsed = ZForgotPassword.safeParse({ email: text(formData, "email") });
  if (!parsed.success) return { ok: false, message: NEEDS_ATTENTION, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const request = await requestContext();
  try {
    const { retryAfterSeconds, delivery } = await requestPasswordReset({ email: parsed.data.email, request });
    if (retryAfterSeconds > 0) {
      const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
      return { ok: false, message: `Too many reset requests. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.` };
    }
    // Looking the account up and mailing happen after the answer, so its timing reveals nothing.
    after(delivery);
    return { ok: true, message: RESET_REQUESTED };
  } catch (error) {
    return unexpected(error, request.requestId, "password reset request failed");
  }
}
