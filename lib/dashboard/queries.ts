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

/** What the filter form offers: recent quarters, managers in scope, regions, origin companies. */
export async function filterOptions({ actor }: { actor: Actor }) {
  requirePermission(actor, "dashboard:read");
  const org = await getOrganization();
  const startMonth = org?.fiscalYearStartMonth ?? 1;
  const quarters: Period[] = [];
  let q = fiscalQuarterOf(await orgToday(), startMonth);
  for (let i = 0; i < 8; i++, q = previousFiscalQuarter(q)) quarters.push(period(q, startMonth));
  const scope = personInScope(scopeFor(actor, "people-data"));
  const [managers, origins] = await Promise.all([
    db().person.findMany({ where: { AND: [scope, { reports: { some: {} }, erasedAt: null }] }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 300, select: { id: true, name: true } }),
    db().person.findMany({ where: { AND: [scope, { originCompany: { not: null } }] }, distinct: ["originCompany"], select: { originCompany: true }, orderBy: { originCompany: "asc" } }),
  ]);
  return { quarters, managers, origins: origins.map((o) => o.originCompany!) };
}
