import type { z } from "zod";
import { requireActorForRequest } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/actor";
import { AppError, isAppError, type FieldErrors } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { fieldErrorsOf } from "./field-errors";

// The shape every server action returns, and the one wrapper that runs them: sign-in required,
// input parsed with the form's zod schema (a message per field, nothing written on bad input),
// expected errors shown as they are, anything else logged and shown generically.

export type ActionResult<T = never> = { ok: true; message?: string; data?: T } | { ok: false; message: string; fieldErrors?: FieldErrors };

/** What an action's body returns: nothing, a message to show, or data for the caller (react-query). */
type Outcome<T> = string | void | { message?: string; data: T };

function success<T>(outcome: Outcome<T>): ActionResult<T> {
  if (outcome === undefined) return { ok: true };
  if (typeof outcome === "string") return { ok: true, message: outcome };
  return { ok: true, message: outcome.message, data: outcome.data };
}

function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("UNPROCESSABLE", "Some fields need attention.", fieldErrorsOf(parsed.error));
  return parsed.data;
}

function failure(error: unknown, userId: number | undefined): ActionResult<never> {
  if (isAppError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  logger.error({ err: error, userId }, "server action failed");
  return { ok: false, message: "Something went wrong. Please try again." };
}

export async function runAction<S extends z.ZodType, T = never>(
  schema: S,
  input: unknown,
  run: (actor: Actor, data: z.infer<S>) => Promise<Outcome<T>>,
): Promise<ActionResult<T>> {
  let actor: Actor | undefined;
  try {
    actor = await requireActorForRequest();
    return success(await run(actor, parse(schema, input)));
  } catch (error) {
    return failure(error, actor?.userId);
  }
}

/** For the few actions that run before anyone can sign in (first-run setup): no actor. */
export async function runPublicAction<S extends z.ZodType>(
  schema: S,
  input: unknown,
  run: (data: z.infer<S>) => Promise<string | void>,
): Promise<ActionResult> {
  try {
    return success(await run(parse(schema, input)));
  } catch (error) {
    return failure(error, undefined);
  }
}

/** The named fields of a submitted form, as the object its schema parses (missing → undefined). */
export function formFields(form: FormData, names: readonly string[]): Record<string, FormDataEntryValue | undefined> {
  return Object.fromEntries(names.map((name) => [name, form.get(name) ?? undefined]));
}
