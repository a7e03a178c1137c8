"use server";

import { formFields, runAction, type ActionResult } from "@/lib/http/action";
import { requestContext } from "@/lib/http/request-context";
import { requestReport } from "@/lib/reports/mutations";
import { ZRequestReport } from "@/lib/reports/schemas";

// Reports (VPE, directors). The wrapper authenticates and parses the form; the domain checks the
// permission and that the scope is the actor's to report on ("Not found" otherwise), and queues
// the generation: the worker builds it, the page polls its progress.

export async function requestReportAction(_previous: ActionResult<{ id: number }> | null, form: FormData): Promise<ActionResult<{ id: number }>> {
  return runAction(ZRequestReport, formFields(form, ["quarter", "scopePersonId"]), async (actor, input) => {
    const { id, existing } = await requestReport({ actor, input, ip: (await requestContext()).ip });
    return { message: existing ? "This report is already being generated." : "Report requested. It is being generated.", data: { id } };
  });
}
