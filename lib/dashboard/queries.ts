import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { personInScope, scopeFor } from "@/lib/auth/scope";
import { parseOrRefuse } from "@/lib/assessments/schemas";
import { businessDate, formatDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RiskLevel } from "@/lib/generated/prisma/enums";
import { quarterPeriod } from "@/lib/metrics/attrition";
import { fiscalQuarterOf, fiscalQuarterRange, formatFiscalQuarter, previousFiscalQuarter, type FiscalQuarter } from "@/lib/metrics/fiscal";
import { getOrganization, orgToday } from "@/lib/org/queries";
import { risksInScope } from "@/lib/risks/access";
import { filtersSearch, quarterKey, quarterParam, ZDashboardFilters } from "./filters";
import { asOfDate } from "./rollup";
import type { Period } from "./types";
import { containsText } from "@/lib/search";

// The dashboard's figures (DESIGN.md, "Derived figures"), each aggregated in SQL over the
// people in the actor's scope and the URL's filters. Plain JSON for react-query.

function period(q: FiscalQuarter, startMonth: number): Period {
  const { start, end } = fiscalQuarterRange(q, startMonth);
  return { key: quarterKey(q), label: formatFiscalQuarter(q), from: formatDate(start), to: formatDate(end) };
}

/** Parses the filters, checks a chosen subtree is the actor's or inside their scope (404 otherwise), and resolves the quarters. */
export async function dashboardContext({ actor, input }: { actor: Actor; input: unknown }) {
  requirePermission(actor, "dashboard:read");
  const filters = parseOrRefuse(ZDashboardFilters, input);
  if (filters.under !== undefined && filters.under !== actor.personId) {
    const inScope = await db().person.findFirst({ where: { AND: [{ id: filters.under }, personInScope(scopeFor(actor, "people-data"))] }, select: { id: true } });
    if (!inScope) throw new AppError("NOT_FOUND", "Not found");
  }
  const org = await getOrganization();
  const startMonth = org?.fiscalYearStartMonth ?? 1;
  const today = businessDate(new Date(), org?.timeZone ?? "UTC");
  const quarter = filters.quarter ? quarterParam(filters.quarter) : fiscalQuarterOf(today, startMonth);
  const current = period(quarter, startMonth);
  return {
    filters,
    current,
    previous: period(previousFiscalQuarter(quarter), startMonth),
    search: filtersSearch(filters),
    today,
    /** The day the current quarter's figures count to. */
    asOf: asOfDate(current, today),
    /** The current quarter's length to date in months, for annualised rates (lib/metrics/attrition.ts). */
    months: quarterPeriod(quarter, startMonth, today).months,
    graceDays: org?.checkInGraceDays ?? 2,
  };
}
export type DashboardContext = Awaited<ReturnType<typeof dashboardContext>>;

export type RiskSummary = { open: Record<RiskLevel, number>; reviewsDue: number; total: number };

/** Open retention risks by level in the actor's risk scope: counts, which are not reads of risk data. */
export async function riskSummary({ actor, input }: { actor: Actor; input: unknown }): Promise<RiskSummary> {
  requirePermission(actor, "risk:read");
  const context = await dashboardContext({ actor, input });
  const open: Record<RiskLevel, number> = { LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0 };
  const person: Prisma.PersonWhereInput[] = [];
  if (context.filters.under !== undefined) person.push({ ancestors: { some: { ancestorId: context.filters.under, depth: { gt: 0 } } } });
  if (context.filters.region) person.push({ region: context.filters.region });
  if (context.filters.origin) person.push({ originCompany: context.filters.origin });
  const where: Prisma.RetentionRiskWhereInput = { AND: [risksInScope(actor), { status: { not: "CLOSED" } }, { person: { is: { AND: person } } }] };
  const today = await orgToday();
  const [levels, reviewsDue] = await Promise.all([
    db().retentionRisk.groupBy({ by: ["level"], where, _count: { _all: true } }),
    db().retentionRisk.count({ where: { AND: [where, { nextReviewDate: { lte: today } }] } }),
  ]);
  for (const row of levels) open[row.level] = row._count._all;
  return { open, reviewsDue, total: Object.values(open).reduce((a, b) => a + b, 0) };
}

export type ManagerOption = { id: number; name: string; title: string | null };

/** How many managers a picker lists at once: those nearest the top first, the rest found by search. */
export const MANAGER_OPTIONS = 50;

const ZManagerSearch = z.object({ q: z.string().trim().max(100, "At most 100 characters").optional() });

/**
 * Managers (people with reports) in the actor's scope for a "people under" picker: matching the
 * search by name or title when given, nearest the top of the tree first (directors before their
 * managers), then by name; at most MANAGER_OPTIONS.
 */
export async function managerOptions({ actor, input }: { actor: Actor; input: unknown }): Promise<ManagerOption[]> {
  requirePermission(actor, "dashboard:read");
  const { q } = parseOrRefuse(ZManagerSearch, input);
  const search = q ? { OR: [{ name: containsText(q) }, { title: containsText(q) }] } satisfies Prisma.PersonWhereInput : {};
  return db().person.findMany({
    where: { AND: [personInScope(scopeFor(actor, "people-data")), { erasedAt: null, reports: { some: {} } }, search] },
    // Fewer ancestors: nearer the top of the tree.
    orderBy: [{ ancestors: { _count: "asc" } }, { name: "asc" }, { id: "asc" }],
    take: MANAGER_OPTIONS,
    select: { id: true, name: true, title: true },
  });
}

/** The manager a picker has chosen, named, when the actor may see them (null otherwise). */
export async function chosenManager({ actor, id }: { actor: Actor; id: number | undefined }): Promise<ManagerOption | null> {
  requirePermission(actor, "dashboard:read");
  if (id === undefined) return null;
  return db().person.findFirst({
    where: { AND: [{ id }, id === actor.personId ? {} : personInScope(scopeFor(actor, "people-data"))] },
    select: { id: true, name: true, title: true },
  });
}

/** What the filter form offers: recent quarters, the managers nearest the top of the actor's scope, origin companies. */
export async function filterOptions({ actor }: { actor: Actor }) {
  requirePermission(actor, "dashboard:read");
  const org = await getOrganization();
  const startMonth = org?.fiscalYearStartMonth ?? 1;
  const quarters: Period[] = [];
  let q = fiscalQuarterOf(await orgToday(), startMonth);
  for (let i = 0; i < 8; i++, q = previousFiscalQuarter(q)) quarters.push(period(q, startMonth));
  const scope = personInScope(scopeFor(actor, "people-data"));
  const [managers, origins] = await Promise.all([
    managerOptions({ actor, input: {} }),
    db().person.findMany({ where: { AND: [scope, { originCompany: { not: null } }] }, distinct: ["originCompany"], select: { originCompany: true }, orderBy: { originCompany: "asc" } }),
  ]);
  return { quarters, managers, origins: origins.map((o) => o.originCompany!) };
}
