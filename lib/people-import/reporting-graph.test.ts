import { describe, expect, it } from "vitest";
import { checkReportingGraph, MAX_TREE_DEPTH } from "./reporting-graph";

const graph = (edges: Record<string, string | null>, lines: Record<string, number>) => ({
  parent: new Map(Object.entries(edges)),
  lineOf: new Map(Object.entries(lines)),
  label: (key: string) => key.slice(2),
});

describe("checkReportingGraph", () => {
  it("reports each cycle once per file row on it, and not the people hanging below it", () => {
    const errors = checkReportingGraph(
      graph({ "n:A": "n:B", "n:B": "n:C", "n:C": "n:A", "n:D": "n:A", "n:E": "n:F", "n:F": "n:E", "n:G": null }, { "n:A": 2, "n:B": 3, "n:C": 4, "n:D": 5, "n:E": 6, "n:F": 7, "n:G": 8 }),
    );
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [2, "Reporting cycle: A → B → C → A."],
      [3, "Reporting cycle: A → B → C → A."],
      [4, "Reporting cycle: A → B → C → A."],
      [6, "Reporting cycle: E → F → E."],
      [7, "Reporting cycle: E → F → E."],
    ]);
  });

  it("reports a cycle only on the rows of the file, naming the people in Pillars on it", () => {
    const errors = checkReportingGraph(graph({ "p:1": "p:2", "p:2": "p:3", "p:3": "p:1" }, { "p:3": 9 }));
    expect(errors).toEqual([{ line: 9, field: "manager", message: "Reporting cycle: 1 → 2 → 3 → 1." }]);
  });

  it(`allows a chain exactly ${MAX_TREE_DEPTH} levels deep and refuses one level more`, () => {
    const edges: Record<string, string | null> = { "n:0": null };
    for (let i = 1; i <= MAX_TREE_DEPTH + 1; i++) edges[`n:${i}`] = `n:${i - 1}`;
    const errors = checkReportingGraph(graph(edges, { [`n:${MAX_TREE_DEPTH}`]: 1, [`n:${MAX_TREE_DEPTH + 1}`]: 2 }));
    expect(errors.map((e) => e.line)).toEqual([2]);
  });
});
