import Link from "next/link";
import { RiskList } from "@/components/people/risk-list";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { requestContext } from "@/lib/http/request-context";
import { listRisksForPerson, riskWriteContext } from "@/lib/risks/queries";
import { auditRiskRead } from "@/lib/risks/read-audit";
import { riskSignals } from "@/lib/risks/signal";
import { RiskForm } from "./risk-form";
import { RiskSignalPanel } from "./risk-signal-panel";

/**
 * The person page's retention risks: the manager's call (the risks, and the form to record one)
 * and beside it the computed signal, for actors whose risk scope holds the person. Nothing at
 * all renders for anyone else — including the person themselves, whatever their role. Both
 * reads are risk data: one audit event for the request lists the person.
 */
export async function PersonRisks({ actor, personId, name }: { actor: Actor; personId: number; name: string }) {
  if (!can(actor.roles, "risk:read") || actor.personId === personId) return null;
  const { requestId } = await requestContext();
  const read: number[] = [];
  const [risks, signals, write] = await Promise.all([
    listRisksForPerson({ actor, personId, collect: read }),
    riskSignals({ actor, personIds: [personId], collect: read }),
    riskWriteContext({ actor, personId }),
  ]);
  await auditRiskRead({ actor, subjectIds: read, requestId });
  const signal = signals[0];
  if (risks.length === 0 && !write.writable && !signal) return null;
  return (
    <>
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
    {signal && <RiskSignalPanel signal={signal} showSettingsLink={can(actor.roles, "org:manage")} />}
    </>
  );
}
