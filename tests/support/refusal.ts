import { isAppError } from "@/lib/errors";

/** Awaits a domain call that must be refused; returns the refusal's code and field messages. */
export async function refusal(promise: Promise<unknown>): Promise<{ code: string; fields: Record<string, string[]> }> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, fields: error.fieldErrors ?? {} };
    throw error;
  }
  throw new Error("expected a refusal");
}
