"use server";

import { runPublicAction, type ActionResult } from "@/lib/http/action";
import { requestContext } from "@/lib/http/request-context";
import { completeSetup } from "@/lib/setup/mutations";
import { ZSetup } from "@/lib/setup/schemas";

/** First-run setup. Public: the one-time token from the server log is the credential. */
export async function setupAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const field = (name: string) => form.get(name) ?? undefined;
  return runPublicAction(
    ZSetup,
    {
      token: field("token"),
      orgName: field("orgName"),
      timeZone: field("timeZone"),
      fiscalYearStartMonth: field("fiscalYearStartMonth"),
      adminName: field("adminName"),
      adminEmail: field("adminEmail"),
      password: field("password"),
      confirmPassword: field("confirmPassword"),
    },
    async (input) => {
      await completeSetup({ input, ip: (await requestContext()).ip });
      return "Pillars is set up. Sign in with the email and password you chose.";
    },
  );
}
