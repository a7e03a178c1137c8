import type { ImportIssue } from "./types";

// The reporting tree as it would be after the import: existing people keep their managers
// unless a row of the file changes them. Nodes are keys ("p:12" for a person in Pillars,
// "n:E77" for one the file creates), so file rows and existing people form one graph.

/** The closure table is built to this depth (lib/org/closure.ts); a deeper chain would be cut off silently. */
export const MAX_TREE_DEPTH = 100;

export type ReportingGraph = {
  /** Each node's manager, or null at the top. */
  parent: Map<string, string | null>;
  /** The file line of every node a row of the file describes. */
  lineOf: Map<string, number>;
  label: (key: string) => string;
};

/** Cycles and over-deep chains, reported on every file row they pass through. */
export function checkReportingGraph({ parent, lineOf, label }: ReportingGraph): ImportIssue[] {
  const errors: ImportIssue[] = [];
  const state = new Map<string, "visiting" | "done">();
  const inCycle = new Set<string>();

  for (const start of parent.keys()) {
    const path: string[] = [];
    let node: string | null | undefined = start;
    while (node && !state.has(node)) {
      state.set(node, "visiting");
      path.push(node);
      node = parent.get(node);
    }
    if (node && state.get(node) === "visiting") {
      const cycle = path.slice(path.indexOf(node));
      const text = [...cycle, node].map(label).join(" → ");
      for (const member of cycle) {
        inCycle.add(member);
        const line = lineOf.get(member);
        if (line !== undefined) errors.push({ line, field: "manager", message: `Reporting cycle: ${text}.` });
      }
    }
    for (const visited of path) state.set(visited, "done");
  }

  // Depth counts managers above a person; computed top-down with a memo, skipping cycles.
  const depth = new Map<string, number>();
  const depthOf = (key: string): number => {
    const stack: string[] = [];
    let node: string | null | undefined = key;
    while (node && !depth.has(node) && !inCycle.has(node)) {
      stack.push(node);
      node = parent.get(node);
    }
    let below = node && depth.has(node) ? (depth.get(node) as number) : -1;
    for (let i = stack.length - 1; i >= 0; i--) depth.set(stack[i] as string, ++below);
    return depth.get(key) ?? 0;
  };
  for (const [key, line] of lineOf) {
    if (!inCycle.has(key) && depthOf(key) > MAX_TREE_DEPTH) {
      errors.push({ line, field: "manager", message: `This person would be more than ${MAX_TREE_DEPTH} levels below the top of the reporting tree.` });
    }
  }
  return errors;
}
