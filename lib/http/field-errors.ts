import type { z } from "zod";
import type { FieldErrors } from "@/lib/errors";

/** A zod error as one list of messages per field path ("answers.trust"), for the server and the browser alike. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
