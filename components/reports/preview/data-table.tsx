import type { CSSProperties, ReactNode } from "react";
import { count } from "@/lib/format/figures";

// The preview's tables: the caption above the scrolling region (a phone shows it whole while the
// table scrolls sideways), a header cell per column, the row's name as a row header, figures
// right-aligned in tabular digits. Long lists show their first rows and fold the rest into a
// native <details>.

/** How many rows a long list shows before "Show all". */
export const FIRST_ROWS = 20;

export type Column<T> = {
  header: string;
  /** A figure: right-aligned, tabular digits. */
  numeric?: boolean;
  /** The cell that names the row: a <th scope="row">. */
  rowHeader?: boolean;
  cell: (row: T) => ReactNode;
  /** Classes that colour one cell (the heatmap's scale). */
  tone?: (row: T) => string;
  style?: (row: T) => CSSProperties | undefined;
};

type TableProps<T> = { id: string; caption: ReactNode; columns: Array<Column<T>>; rows: readonly T[]; rowKey: (row: T) => string | number };

const classes = (...names: Array<string | false | undefined>) => names.filter(Boolean).join(" ");

const align = (numeric: boolean | undefined) => (numeric ? "text-right tabular-nums whitespace-nowrap" : "text-left");

export function DataTable<T>({ id, caption, columns, rows, rowKey }: TableProps<T>) {
  return (
    <div className="min-w-0">
      <p id={id} className="mb-2 text-sm text-slate-700">{caption}</p>
      <div className="relative overflow-x-auto" role="region" aria-labelledby={id} tabIndex={0}>
        <table aria-labelledby={id} className="min-w-full text-sm">
          <thead className="text-slate-700">
            <tr>
              {columns.map((column) => (
                <th key={column.header} scope="col" className={`px-2 py-2 align-bottom font-medium ${align(column.numeric)}`}>{column.header}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)} className="border-t border-slate-200">
                {columns.map((column) => {
                  const Cell = column.rowHeader ? "th" : "td";
                  return (
                    <Cell
                      key={column.header}
                      scope={column.rowHeader ? "row" : undefined}
                      className={classes("px-2 py-2 align-top", column.rowHeader && "font-medium", align(column.numeric), column.tone?.(row))}
                      style={column.style?.(row)}
                    >
                      {column.cell(row)}
                    </Cell>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** A table of the first `first` rows; the others in the same order behind "Show all N …". */
export function TableWithRest<T>({ what, first = FIRST_ROWS, ...table }: TableProps<T> & { what: string; first?: number }) {
  const rest = table.rows.slice(first);
  return (
    <div>
      <DataTable {...table} rows={table.rows.slice(0, first)} />
      {rest.length > 0 && (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-700 hover:text-brand-900">
            Show all {count(table.rows.length)} {what}
          </summary>
          <div className="mt-2">
            <DataTable {...table} id={`${table.id}-rest`} caption={`The other ${count(rest.length)} ${what}, in the same order`} rows={rest} />
          </div>
        </details>
      )}
    </div>
  );
}

/** A small note under a table or chart. */
export function Note({ children }: { children: ReactNode }) {
  return <p className="text-xs text-slate-600">{children}</p>;
}
