import Link from "next/link";
import { RiskList } from "@/components/people/risk-list";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { requestContext } from "@/lib/http/request-context";
import { listRisksForPerson, riskWriteContext } from "@/lib/risks/queries";
import { RiskForm } from "./risk-form";

/**
 * The person page's retention risks: the risks (audited read) and the form to record one, for
 * actors whose risk scope holds the person. Nothing at all renders for anyone else — including
 * the person themselves, whatever their role.
 */
export async function PersonRisks({ actor, personId, name }: { actor: Actor; personId: number; name: string }) {
  if (!can(actor.roles, "risk:read") || actor.personId === personId) return null;
  const { requestId } = await requestContext();
  const risks = await listRisksForPerson({ actor, personId, requestId });
  const write = await riskWriteContext({ actor, personId });
  if (risks.length === 0 && !write.writable) return null;
  return (
    <section aria-labelledby="risks-heading" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 id="risks-heading" className="text-lg font-semibold">Retention risks</h2>
      <p className="mb-4 text-xs text-slate-600">Confidential: visible to {name}&apos;s management chain, HR and the VPE only; never to {name}.</p>
      <RiskList risks={risks} />
      {write.writable && (write.openRiskId ? (
        <p className="mt-4 text-sm">An open risk is already recorded: <Link href={`/risks/${write.openRiskId}`} className="text-brand-700 underline">update it</Link>.</p>
      ) : (
        <details className="mt-4 rounded border border-slate-200 p-4">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">Record a risk</summary>
          <div className="mt-4"><RiskForm personId={personId} today={write.today} /></div>
        </details>
      ))}
    </section>
  );
}
