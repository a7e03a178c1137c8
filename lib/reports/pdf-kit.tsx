import path from "node:path";
import { Font, Rect, StyleSheet, Svg, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { NONE } from "@/lib/format/figures";

// The building blocks every section of the PDF uses: styles, tables, bar charts, empty states.
// Figures are written as on the dashboard (lib/format/figures.ts).

export const INK = "#0f172a";
export const MUTED = "#475569";
export const RULE = "#cbd5e1";
export const ACCENT = "#1d4ed8";
export const FAINT = "#94a3b8";

/**
 * The PDF's typeface: Noto Sans (lib/reports/fonts, SIL Open Font License in OFL.txt there), whose
 * Latin, Latin Extended, Greek and Cyrillic print names as written. Characters it lacks are folded
 * before rendering (pdf-text.tsx). Bold for headings and strong rows, italic for empty states.
 */
export const FONT = "Noto Sans";

// From the working directory, not from import.meta.url: the worker (tsx) and `next start` both run at
// the repo root, and Next bundles server code into .next, where a module-relative path would point.
// Whole literal paths, so that Next's file tracing can follow them.
Font.register({
  family: FONT,
  fonts: [
    { src: path.join(process.cwd(), "lib/reports/fonts/NotoSans-Regular.ttf") },
    { src: path.join(process.cwd(), "lib/reports/fonts/NotoSans-Bold.ttf"), fontWeight: "bold" },
    { src: path.join(process.cwd(), "lib/reports/fonts/NotoSans-Italic.ttf"), fontStyle: "italic" },
  ],
});

export const s = StyleSheet.create({
  // No page-wide lineHeight: react-pdf 4.9 let an inherited one collapse the absolutely placed
  // footer to nothing and overlap stacked texts of different sizes.
  page: { fontFamily: FONT, fontSize: 9, color: INK, paddingTop: 54, paddingBottom: 54, paddingHorizontal: 40 },
  header: { position: "absolute", top: 22, left: 40, right: 40, flexDirection: "row", justifyContent: "space-between", fontSize: 7.5, color: MUTED, borderBottomWidth: 0.5, borderBottomColor: RULE, paddingBottom: 4 },
  footer: { position: "absolute", bottom: 22, left: 40, right: 40, flexDirection: "row", justifyContent: "space-between", fontSize: 7.5, color: MUTED, borderTopWidth: 0.5, borderTopColor: RULE, paddingTop: 4 },
  chapter: { fontSize: 16, fontWeight: "bold", marginBottom: 10 },
  section: { fontSize: 11.5, fontWeight: "bold", marginTop: 12, marginBottom: 5 },
  note: { fontSize: 8, color: MUTED, marginTop: 4 },
  empty: { fontSize: 9, color: MUTED, fontStyle: "italic", marginVertical: 4 },
  bold: { fontWeight: "bold" },
  table: { marginTop: 2 },
  headRow: { flexDirection: "row", borderBottomWidth: 0.75, borderBottomColor: INK, paddingBottom: 2, marginBottom: 1 },
  row: { flexDirection: "row", borderBottomWidth: 0.25, borderBottomColor: RULE, minHeight: 13 },
  headCell: { fontSize: 7.5, fontWeight: "bold", color: MUTED, paddingHorizontal: 3 },
  cell: { fontSize: 8, paddingHorizontal: 3, paddingVertical: 2 },
});

/** Cuts free text to `max` characters, ending with an ellipsis when cut. */
export const clip = (text: string | null, max: number) => (text === null ? NONE : text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);


/** "N more are in the XLSX." when a list was cut; nothing otherwise. */
export function MoreInXlsx({ shown, total, what }: { shown: number; total: number; what: string }) {
  if (total <= shown) return null;
  return <Text style={s.note}>{`Showing ${shown} of ${total} ${what}; the other ${total - shown} are in the XLSX export.`}</Text>;
}

export function Section({ title, children, wrap = true }: { title: string; children: ReactNode; wrap?: boolean }) {
  return (
    <View wrap={wrap}>
      {/* Keeps a heading from ending a page without the start of its content under it. */}
      <Text style={s.section} minPresenceAhead={60}>{title}</Text>
      {children}
    </View>
  );
}

export function Empty({ children }: { children: string }) {
  return <Text style={s.empty}>{children}</Text>;
}

export type Column<T> = {
  header: string;
  /** Share of the table's width (flex-grow). */
  width: number;
  align?: "left" | "right";
  value: (row: T) => string;
  /** Cell colours (the heatmap). */
  fill?: (row: T) => { backgroundColor: string; color: string } | undefined;
};

/** A table whose header row repeats on every page it runs onto; rows never split across pages. */
export function Table<T>({ columns, rows, strong }: { columns: Column<T>[]; rows: T[]; strong?: (row: T) => boolean }) {
  return (
    <View style={s.table}>
      <View style={s.headRow} fixed>
        {columns.map((column) => (
          <Text key={column.header} style={[s.headCell, { flex: column.width, textAlign: column.align ?? "left" }]}>{column.header}</Text>
        ))}
      </View>
      {rows.map((row, index) => (
        <View key={index} style={s.row} wrap={false}>
          {columns.map((column) => (
            <Text
              key={column.header}
              style={[s.cell, { flex: column.width, textAlign: column.align ?? "left" }, strong?.(row) ? s.bold : {}, column.fill?.(row) ?? {}]}
            >
              {column.value(row)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

export type Bar = { label: string; value: number | null; previous?: number | null; text: string };

/**
 * Horizontal bars from `min` to `max`, one row per item, drawn with react-pdf's Svg primitives:
 * the current value in the accent colour, the previous one (when given) as a thin grey bar under it.
 */
export function BarChart({ bars, min = 0, max, width = 230 }: { bars: Bar[]; min?: number; max: number; width?: number }) {
  const scale = (value: number) => Math.max(0, Math.min(1, (value - min) / (max - min || 1))) * width;
  const hasPrevious = bars.some((bar) => bar.previous !== undefined);
  const height = hasPrevious ? 13 : 10;
  return (
    <View style={{ marginVertical: 4 }}>
      {bars.map((bar) => (
        <View key={bar.label} style={{ flexDirection: "row", alignItems: "center", marginBottom: 3 }} wrap={false}>
          <Text style={{ width: 150, flexShrink: 0, fontSize: 8, paddingRight: 6 }}>{bar.label}</Text>
          <Svg width={width} height={height} style={{ flexShrink: 0 }}>
            <Rect x={0} y={0} width={width} height={height} fill="#f1f5f9" />
            {bar.value !== null && <Rect x={0} y={0} width={scale(bar.value)} height={hasPrevious ? 8 : height} fill={ACCENT} />}
            {bar.previous != null && <Rect x={0} y={9} width={scale(bar.previous)} height={4} fill={FAINT} />}
          </Svg>
          <Text style={{ flex: 1, fontSize: 8, paddingLeft: 6 }}>{bar.text}</Text>
        </View>
      ))}
      {hasPrevious && <Text style={s.note}>Blue: this quarter. Grey: the quarter before.</Text>}
    </View>
  );
}

/** A row of headline figures on the summary page. */
export function Tiles({ tiles }: { tiles: Array<{ label: string; value: string; detail?: string }> }) {
  return (
    <View style={{ flexDirection: "row", flexWrap: "wrap", marginBottom: 6 }}>
      {tiles.map((tile) => (
        <View key={tile.label} style={{ width: "33.3%", padding: 3 }}>
          <View style={{ borderWidth: 0.5, borderColor: RULE, padding: 6 }}>
            <Text style={{ fontSize: 7.5, color: MUTED }}>{tile.label}</Text>
            <Text style={{ fontSize: 15, fontWeight: "bold" }}>{tile.value}</Text>
            {tile.detail && <Text style={{ fontSize: 7.5, color: MUTED }}>{tile.detail}</Text>}
          </View>
        </View>
      ))}
    </View>
  );
}

const LONG_DATE = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });

/** "2026-07-01" → "1 July 2026". */
export const longDate = (iso: string) => LONG_DATE.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
