import type { ComponentType } from "react";
import type { ReportSnapshotData } from "@/lib/reports/types";
import { CheckInCoverage } from "./check-in-coverage";
import { DoraBands } from "./dora-bands";
import { EngagementHeatmap } from "./engagement-heatmap";
import { EngagementMovers } from "./engagement-movers";
import { HeadcountAttrition } from "./headcount-attrition";
import { LevelsPromotions } from "./levels-promotions";
import { ManagerScorecards } from "./manager-scorecards";
import { PillarSummary } from "./pillar-summary";
import { ReportFacts } from "./report-facts";
import { RetentionRisks } from "./retention-risks";
import { headingId, SECTIONS, type SectionInfo } from "./sections";
import { SkillsExperiments } from "./skills-experiments";

// The in-browser preview of one frozen report: what the PDF exec pack holds, in its order, as
// HTML. A pure function of the snapshot (no data fetching); names are plain text, since the
// people behind them may have left or been erased since. The row-level people table is only in
// the XLSX and CSV exports and is never drawn here.

type Part = { section: SectionInfo; Body: ComponentType<{ data: ReportSnapshotData }> };

const PARTS: Part[] = [
  { section: SECTIONS.pillars, Body: PillarSummary },
  { section: SECTIONS.attrition, Body: HeadcountAttrition },
  { section: SECTIONS.levels, Body: LevelsPromotions },
  { section: SECTIONS.coverage, Body: CheckInCoverage },
  { section: SECTIONS.heatmap, Body: EngagementHeatmap },
  { section: SECTIONS.dora, Body: DoraBands },
  { section: SECTIONS.skills, Body: SkillsExperiments },
  { section: SECTIONS.scorecards, Body: ManagerScorecards },
  { section: SECTIONS.movers, Body: EngagementMovers },
  { section: SECTIONS.risks, Body: RetentionRisks },
];

function Contents() {
  return (
    <nav aria-labelledby="report-contents" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 id="report-contents" className="text-lg font-semibold">Contents</h2>
      <ol className="mt-2 grid list-inside list-decimal gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        {PARTS.map(({ section }) => (
          <li key={section.id}>
            <a href={`#${headingId(section)}`} className="text-brand-700 underline hover:text-brand-900">{section.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function ReportPreview({ data }: { data: ReportSnapshotData }) {
  return (
    <div className="min-w-0 space-y-6">
      <ReportFacts data={data} />
      <Contents />
      {PARTS.map(({ section, Body }) => <Body key={section.id} data={data} />)}
      <p className="text-sm text-slate-600">
        Row-level detail for each person in the report&apos;s scope is not shown in this preview; it is in the XLSX and CSV exports.
      </p>
    </div>
  );
}
