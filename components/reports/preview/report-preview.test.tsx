import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { INJECTED_NAME, largeReportFixture, reportFixture } from "@/lib/reports/fixture.test-data";
import type { ReportSnapshotData } from "@/lib/reports/types";
import { ReportPreview } from "./report-preview";
import { headingId, SECTIONS } from "./sections";

// The preview drawn to HTML from the exporters' fixture: figures land in their section, written
// as the rest of the app writes them; risk data only when the report holds it; nothing of the
// row-level people table.

const render = (data: ReportSnapshotData) => renderToStaticMarkup(<ReportPreview data={data} />);

/** The markup of one section (sections do not nest), found by its heading's id. */
function section(html: string, key: keyof typeof SECTIONS): string {
  const id = headingId(SECTIONS[key]);
  const parts = html.split("<section").filter((part) => part.includes(`aria-labelledby="${id}"`));
  expect(parts).toHaveLength(1);
  return parts[0]!.slice(0, parts[0]!.indexOf("</section>"));
}

/** Text as the HTML escapes it. */
const escaped = (text: string) => text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("'", "&#x27;").replaceAll("<", "&lt;");

const cells = (html: string) => [...html.matchAll(/<t[hd](?:\s[^>]*)?>(.*?)<\/t[hd]>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ""));

describe("report preview", () => {
  const data = reportFixture();
  const html = render(data);

  it("opens with the report's facts and a table of contents linking to one h2 per section", () => {
    expect(html).toContain("Nordlys Software A/S");
    expect(html).toContain("FY2027 Q1, 2026-07-01 to 2026-09-30");
    expect(html).toContain("FY2026 Q4, 2026-04-01 to 2026-06-30");
    expect(html).toContain("Whole organisation");
    expect(html).toContain("2026-10-02 10:15 (Europe/Copenhagen)");
    for (const info of Object.values(SECTIONS)) {
      expect(html).toContain(`href="#${headingId(info)}"`);
      expect(html.match(new RegExp(`<h2 id="${headingId(info)}"`, "g"))).toHaveLength(1);
    }
    const order = Object.values(SECTIONS).map((info) => html.indexOf(`<h2 id="${headingId(info)}"`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("writes each figure in its section, with the app's formatters", () => {
    const pillars = cells(section(html, "pillars"));
    expect(pillars.join("|")).toContain("Enterprise-level quality|3.81|3.60|▲ +0.21");
    expect(pillars.join("|")).toContain("People engagement|3.47|3.70|▼ -0.23");
    expect(pillars.join("|")).toContain("Skills and capabilities|—|2.90|—");
    expect(pillars.join("|")).toContain("Engagement index|3.55|3.60|▼ -0.05");

    const attrition = cells(section(html, "attrition")).join("|");
    expect(attrition).toContain("Headcount at the end|42|40");
    expect(attrition).toContain("Attrition|19.5 %|0.0 %");
    expect(attrition).toContain("Regrettable attrition|9.8 %|0.0 %");

    const levels = section(html, "levels");
    expect(levels).toContain("2 promotions in FY2027 Q1, an annualised rate of 19.0 %");
    expect(levels).toContain("18 people · 14 months in level on average");
    expect(levels).toContain(">6 people</span>");
    expect(levels).toContain("3 people in headcount have no level assigned");

    const coverage = section(html, "coverage");
    expect(coverage).toContain("80.8 %");
    expect(coverage).toContain("97 of 120");
    const managers = cells(coverage).join("|");
    expect(managers).toContain(`${escaped("O'Brien, Siobhán")}|30|18|60.0 %`);
    // Lowest coverage first, a manager without a rate last.
    expect(managers.indexOf("Siobhán")).toBeLessThan(managers.indexOf("Mads"));
    expect(managers).toMatch(/Mads.*Zoë Østergaard\|0\|0\|—$/);

    const heatmap = cells(section(html, "heatmap")).join("|");
    expect(heatmap).toContain("Payments, EU|9|3.03|3.20|2.89|3.00|—|3.10|Medium");
    expect(heatmap.indexOf("Payments, EU")).toBeLessThan(heatmap.indexOf("Platform"));
    expect(heatmap.indexOf("Platform")).toBeLessThan(heatmap.indexOf("Søgning"));

    const dora = section(html, "dora");
    expect(cells(dora).join("|")).toContain("Payments, EU|Medium|3|0.7 days/wk|4 d|12.5 %|30 h");
    expect(dora).toContain("1 team");

    const skills = section(html, "skills");
    expect(skills).toContain("AI pair-programming pilot");
    expect(skills).toContain("Certified (CKA).\nRuns the on-call onboarding now.");

    const scorecards = section(html, "scorecards");
    expect(scorecards).toMatch(/padding-left:3rem[^>]*>.*?O&#x27;Brien, Siobhán<span class="sr-only">, reporting to Zoë Østergaard<\/span>/);
    expect(cells(scorecards).join("|")).toContain("Risks, mitigation overdue");

    const movers = cells(section(html, "movers")).join("|");
    expect(movers).toContain("Engineering manager|3.60|2.90|▼ -0.70");
    expect(movers).toContain("Engineering manager|3.30|3.80|▲ +0.50");

    const risks = section(html, "risks");
    expect(risks).toContain(escaped(INJECTED_NAME));
    expect(risks).toContain("Critical");
    expect(risks).toContain("2 open, 1 overdue");
    expect(risks).toContain("2 open risks rated high or critical (1 critical); 1 would be a regrettable departure.");
  });

  it("leaves risk data out when the report holds none, even if the snapshot carried some", () => {
    const bare = render({ ...reportFixture(), includesRisks: false });
    expect(section(bare, "risks")).toContain("This report holds no risk data");
    expect(bare).not.toContain("Łukasz");
    expect(bare).not.toContain("HYPERLINK");
    expect(bare).not.toContain("External offer");
    expect(bare).not.toContain("Risks, mitigation overdue");
  });

  it("shows nothing of the people table, and names as plain text", () => {
    for (const onlyInPeople of ["Nana", "Kim Larsen", "Dublin, IE", "Lyon, FR", "Copenhagen, DK", "Søgning ApS", "+45 support rota", "2026-08-31"]) {
      expect(html).not.toContain(onlyInPeople);
    }
    expect(html).toContain("it is in the XLSX and CSV exports");
    // The only links are the table of contents'.
    expect([...html.matchAll(/href="([^"]*)"/g)].every((match) => match[1]!.startsWith("#report-"))).toBe(true);
  });

  it("folds long lists behind <details> after their first rows", () => {
    const large = render(largeReportFixture(2_000));
    const heatmap = section(large, "heatmap");
    expect(heatmap).toContain("Show all 50 teams");
    expect(heatmap.slice(0, heatmap.indexOf("<details")).match(/<tr[ >]/g)).toHaveLength(1 + 30);
    expect(section(large, "movers")).toContain("20 more managers are in the XLSX and CSV exports");
    expect(section(large, "scorecards")).toContain("Show all 250 managers");
  });
});
