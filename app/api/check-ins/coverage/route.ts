import { requirePermission } from "@/lib/auth/permissions";
import { managerCoverage } from "@/lib/check-ins/coverage";
import { AppError } from "@/lib/errors";
import { withActor } from "@/lib/http/route";
import type { FiscalQuarter } from "@/lib/metrics/fiscal";

export const dynamic = "force-dynamic";

/** "FY2027-Q1" → the quarter; absent → the current one. */
function quarterParam(value: string | null): FiscalQuarter | undefined {
  if (value === null) return undefined;
  const match = /^FY(\d{4})-Q([1-4])$/.exec(value);
  if (!match) throw new AppError("BAD_REQUEST", "quarter must look like FY2027-Q1", { quarter: ["Use the form FY2027-Q1"] });
  if (Number(match[1]) < 2000 || Number(match[1]) > 2100) throw new AppError("BAD_REQUEST", "quarter is out of range", { quarter: ["Choose a fiscal year from FY2000 to FY2100"] });
  return { fiscalYear: Number(match[1]), quarter: Number(match[2]) as FiscalQuarter["quarter"] };
}

/** Coverage of the managers below the signed-in director, VPE or HR partner. */
export const GET = withActor(async (actor, request) => {
  requirePermission(actor, "checkin:read");
  return managerCoverage({ actor, quarter: quarterParam(new URL(request.url).searchParams.get("quarter")) });
});
