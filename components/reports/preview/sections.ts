// The preview's sections: the id of each heading (the table of contents links to it) and its
// title. The order they appear in is report-preview.tsx's.

export type SectionInfo = { id: string; title: string };

export const SECTIONS = {
  pillars: { id: "report-pillars", title: "The four pillars" },
  attrition: { id: "report-attrition", title: "Headcount and attrition" },
  levels: { id: "report-levels", title: "Levels and promotions" },
  coverage: { id: "report-coverage", title: "Check-in coverage" },
  heatmap: { id: "report-heatmap", title: "Engagement heatmap" },
  dora: { id: "report-dora", title: "Delivery: DORA bands per team" },
  skills: { id: "report-skills", title: "Skills: learning and experiments" },
  scorecards: { id: "report-scorecards", title: "Manager scorecards" },
  movers: { id: "report-movers", title: "Biggest movers on engagement" },
  risks: { id: "report-risks", title: "Retention risks, high and critical" },
} as const satisfies Record<string, SectionInfo>;

/** The id of a section's h2 (components/dashboard/widget.tsx names it after the section). */
export const headingId = (section: SectionInfo) => `${section.id}-heading`;
