import type { FieldErrors } from "@/lib/errors";
import type { ActionResult } from "@/lib/http/action";

// Server actions answer { ok, message, fieldErrors, data }; react-query wants a mutation that
// throws when refused. `unwrap` turns a refusal into an ActionError the form can read back.

export class ActionError extends Error {
  constructor(message: string, readonly fieldErrors?: FieldErrors) {
    super(message);
    this.name = "ActionError";
  }
}

export function unwrap<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new ActionError(result.message, result.fieldErrors);
  return result.data as T;
}

/** The field messages of a mutation's error, when the server sent any. */
export function fieldErrorsOfError(error: unknown): FieldErrors | undefined {
  return error instanceof ActionError ? error.fieldErrors : undefined;
}
