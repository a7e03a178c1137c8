import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RegisterFilters } from "@/components/risks/register-filters";
import { RegisterTable } from "@/components/risks/register-table";
import { ReviewQueue } from "@/components/risks/review-queue";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { requestContext } from "@/lib/http/request-context";
import { Prefetched } from "@/lib/query/prefetch";
import { queryKeys } from "@/lib/query/keys";
import { registerFiltersOf, registerSearch } from "@/lib/risks/filters";
import { reviewQueue, riskRegister } from "@/lib/risks/queries";
import { auditRiskRead } from "@/lib/risks/read-audit";

export const metadata: Metadata = { title: "Risks" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The retention-risk register: what needs review now, then every risk in the actor's scope
// (never their own), filtered through the URL. Both reads are audited by the domain.

export default async function RisksPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!can(actor.roles, "risk:read")) notFound();
  const filters = registerFiltersOf(await searchParams);
  const search = registerSearch(filters);
  const { requestId } = await requestContext();
  const filtered = search.replace(/(^|&)page=\d+/, "") !== "";
  // Both reads, then one audit event for the request listing everyone whose risk it showed.
  const subjects: number[] = [];
  const [queue, register] = await Promise.all([
    reviewQueue({ actor, requestId, collect: subjects }),
    riskRegister({ actor, filters, page: filters.page, requestId, collect: subjects }),
  ]);
  await auditRiskRead({ actor, subjectIds: subjects, requestId });
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">Retention risks</h1>
        <p className="text-sm text-slate-600">Confidential: every view of this register is recorded in the audit log.</p>
      </header>
      <Prefetched queries={[
        { queryKey: queryKeys.risks.queue(), queryFn: async () => queue },
        { queryKey: queryKeys.risks.register(search), queryFn: async () => register },
      ]}>
        <ReviewQueue />
        <section aria-labelledby="register-heading" className="space-y-4">
          <h2 id="register-heading" className="text-lg font-semibold">Register</h2>
          <RegisterFilters filters={filters} />
          <RegisterTable search={search} filtered={filtered} />
        </section>
      </Prefetched>
    </div>
  );
}
