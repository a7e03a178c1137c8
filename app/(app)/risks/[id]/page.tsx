import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CloseRiskButton } from "@/components/risks/close-risk-button";
import { factorText, LevelBadge } from "@/components/risks/labels";
import { AddMitigationForm, MitigationList } from "@/components/risks/mitigations";
import { RiskForm } from "@/components/risks/risk-form";
import { RiskHistory } from "@/components/risks/risk-history";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { idParam } from "@/lib/http/route";
import { requestContext } from "@/lib/http/request-context";
import { getRisk } from "@/lib/risks/queries";
import { auditRiskRead } from "@/lib/risks/read-audit";
import { riskSignals } from "@/lib/risks/signal";
import { RiskSignalPanel } from "@/components/risks/risk-signal-panel";
import { STATUS_LABELS } from "@/lib/risks/schemas";

export const metadata: Metadata = { title: "Retention risk" };

type Props = { params: Promise<{ id: string }> };

// One risk: edit it, work its mitigations, read who changed what. Out of scope (or about
// oneself) is a 404 like an unknown id.

export default async function RiskPage({ params }: Props) {
  const actor = await requireActor();
  if (!can(actor.roles, "risk:read")) notFound();
  const { requestId } = await requestContext();
  // The risk and, beside it, the computed signal: one audit event for the request.
  const read: number[] = [];
  const risk = await getRisk({ actor, riskId: idParam((await params).id), collect: read }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [signal] = await riskSignals({ actor, personIds: [risk.person.id], collect: read });
  await auditRiskRead({ actor, subjectIds: read, requestId, entityId: risk.id });
  const editable = can(actor.roles, "risk:write");
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm"><Link href="/risks" className="text-brand-700 underline">Risk register</Link></p>
        <h1 className="text-2xl font-bold">Retention risk: <Link href={`/people/${risk.person.id}`} className="text-brand-700 underline underline-offset-4">{risk.person.name}</Link></h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <LevelBadge level={risk.level} /> {factorText(risk.factors)} · {risk.regrettable ? "regrettable" : "not regrettable"} · {STATUS_LABELS[risk.status]} ·
          <span className={risk.reviewDue ? "font-semibold text-red-700" : undefined}>review {risk.nextReviewDate}{risk.reviewDue ? " (due)" : ""}</span>
        </p>
        <p className="text-xs text-slate-600">Confidential: visible to this person&apos;s management chain, HR and the VPE only. Recorded by {risk.createdBy}.</p>
      </header>
      {editable ? (
        <Section id="edit" title="Edit the risk">
          <RiskForm today={risk.today} risk={risk} />
          {risk.status !== "CLOSED" && <div className="mt-4 border-t border-slate-100 pt-4"><CloseRiskButton riskId={risk.id} version={risk.version} /></div>}
        </Section>
      ) : risk.notes && (
        <Section id="notes" title="Notes"><p className="whitespace-pre-wrap text-sm">{risk.notes}</p></Section>
      )}
      {signal && <RiskSignalPanel signal={signal} showSettingsLink={can(actor.roles, "org:manage")} />}
      <Section id="mitigations" title="Mitigation actions">
        <MitigationList mitigations={risk.mitigations} editable={editable} />
        {editable && risk.status !== "CLOSED" && (
          <details className="mt-4 rounded border border-slate-200 p-4">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">Add a mitigation</summary>
            <div className="mt-4"><AddMitigationForm riskId={risk.id} today={risk.today} owners={risk.ownerOptions} /></div>
          </details>
        )}
      </Section>
      <Section id="history" title="History">
        <RiskHistory history={risk.history} names={risk.names} mitigations={risk.mitigations} />
      </Section>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 id={`${id}-heading`} className="mb-4 text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}
