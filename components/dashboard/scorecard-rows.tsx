"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type ReactNode } from "react";
import type { ScorecardRow, Scorecards } from "@/lib/dashboard/types";
import { fetchJson } from "@/lib/query/fetch-json";
import { dashboardKeys } from "@/lib/query/keys";
import { count, percent, score } from "@/lib/format/figures";
import { departuresHref, linkClass, peopleHref, risksHref } from "./links";

// The rows of the manager scorecards. A row with managers below it opens onto them: their rows
// are fetched (parent = that person) when it is first opened and drawn indented beneath it,
// and each of those may open in turn, down the tree.

export type RowContext = { search: string; quarterKey: string; showRisks: boolean; columns: number };

export function scorecardsUrl(search: string, parent: number | null): string {
  const query = new URLSearchParams(search);
  if (parent !== null) query.set("parent", String(parent));
  return `/api/dashboard/scorecards?${query}`;
}

const indent = (depth: number) => ({ paddingLeft: `${0.5 + depth * 1.5}rem` });
const cell = "px-3 py-2 text-right tabular-nums whitespace-nowrap";
const note = "block text-xs text-slate-600";

function Row({ row, depth, below, context }: { row: ScorecardRow; depth: number; below: string | null; context: RowContext }) {
  const [open, setOpen] = useState(false);
  const { search, quarterKey, showRisks } = context;
  const { attrition, coverage } = row;
  return (
    <>
      <tr className="border-t border-slate-200">
        <th scope="row" className="sticky left-0 z-10 min-w-44 bg-white py-2 pr-3 text-left font-normal" style={indent(depth)}>
          <div className="flex items-start gap-1">
            {row.managersBelow > 0 ? (
              <button type="button" aria-expanded={open} onClick={() => setOpen((v) => !v)} className="-ml-1 w-6 shrink-0 rounded text-slate-700 hover:bg-slate-100">
                <span aria-hidden="true">{open ? "▾" : "▸"}</span><span className="sr-only">Show the managers below {row.name}</span>
              </button>
            ) : <span className="w-5 shrink-0" />}
            <span>
              <Link href={`/people/${row.personId}`} className={`font-medium ${linkClass}`}>{row.name}</Link>
              {below && <span className="sr-only">, below {below}</span>}
              {row.title && <span className={note}>{row.title}</span>}
            </span>
          </div>
        </th>
        <td className={cell}>
          <Link href={peopleHref(search, { under: row.personId })} className={linkClass}>{count(row.headcount)}<span className="sr-only"> people below {row.name}</span></Link>
        </td>
        <td className={cell}>
          <Link href={peopleHref(search, { under: row.personId })} className={linkClass}>{percent(coverage.rate)}<span className="sr-only"> check-in coverage below {row.name}</span></Link>
          <span className={note}>{coverage.onTime} of {coverage.due} on time</span>
        </td>
        <td className={cell}>
          <Link href={peopleHref(search, { under: row.personId, pillar: "INDEX" })} className={linkClass}>{score(row.engagement)}<span className="sr-only"> engagement below {row.name}</span></Link>
        </td>
        <td className={cell}>
          <Link href={departuresHref(quarterKey, { regrettable: true })} className={linkClass}>{percent(attrition.regrettableAttrition)}<span className="sr-only"> regrettable attrition below {row.name}</span></Link>
          <span className={note}>{attrition.regrettable} regrettable {attrition.regrettable === 1 ? "departure" : "departures"}</span>
        </td>
        <td className={cell}>
          <Link href={peopleHref(search, { under: row.personId, promoted: 1 })} className={linkClass}>{row.promotions}<span className="sr-only"> promotions below {row.name}</span></Link>
          <span className={note}>{percent(row.promotionRate)} a year</span>
        </td>
        {showRisks && (
          <td className={cell}>
            <Link href={risksHref(row.personId)} className={linkClass}>{row.risksOverdueMitigation ?? "—"}<span className="sr-only"> risks with overdue mitigation below {row.name}</span></Link>
          </td>
        )}
      </tr>
      {open && <Below parent={row} depth={depth + 1} context={context} />}
    </>
  );
}

function Message({ depth, context, children, alert }: { depth: number; context: RowContext; children: ReactNode; alert?: boolean }) {
  return (
    <tr className="border-t border-slate-200">
      <td colSpan={context.columns} className={`py-2 pr-3 text-sm ${alert ? "text-red-700" : "text-slate-600"}`} style={indent(depth)}>
        <span role={alert ? "alert" : "status"}>{children}</span>
      </td>
    </tr>
  );
}

/** The managers directly below one row, fetched when the row is opened. */
function Below({ parent, depth, context }: { parent: ScorecardRow; depth: number; context: RowContext }) {
  const { data, isPending, error } = useQuery({
    queryKey: dashboardKeys.scorecards(context.search, parent.personId),
    queryFn: () => fetchJson<Scorecards>(scorecardsUrl(context.search, parent.personId)),
  });
  if (error) return <Message depth={depth} context={context} alert>Could not load the managers below {parent.name}: {error.message}</Message>;
  if (isPending) return <Message depth={depth} context={context}>Loading the managers below {parent.name}…</Message>;
  if (data.rows.length === 0) return <Message depth={depth} context={context}>No managers below {parent.name} in this view.</Message>;
  return <ScorecardRows rows={data.rows} depth={depth} below={parent.name} context={context} />;
}

export function ScorecardRows({ rows, depth, below, context }: { rows: ScorecardRow[]; depth: number; below: string | null; context: RowContext }) {
  return rows.map((row) => <Row key={row.personId} row={row} depth={depth} below={below} context={context} />);
}
