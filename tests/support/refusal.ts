import { isAppError } from "@/lib/errors";

/** Awaits a domain call that must be refused; returns the refusal's code, message and field messages. */
export async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string; fields: Record<string, string[]> }> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message, fields: error.fieldErrors ?? {} };
    throw error;
  }
  throw new Error("expected a refusal");
}
