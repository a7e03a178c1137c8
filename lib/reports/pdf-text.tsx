import { Font } from "@react-pdf/renderer";
import { FONT } from "./pdf-kit";

// Noto Sans (pdf-kit.tsx) prints Latin with its extensions, Greek and Cyrillic as written:
// "Łukasz Żółć", "Ελένη", "Дмитрий". It has no CJK, Arabic, Hebrew or Indic letters, emoji, nor a
// few symbols (− ≤ ≥ →), and react-pdf draws a character missing from the font with its built-in
// Helvetica, which prints a wrong letter instead ("Ł" came out as "A"). So every string of the
// snapshot is folded first: a character the font lacks becomes the nearest text it has (a symbol
// spelled out, a letter without the accent the font lacks), anything else "?". The XLSX and CSV
// exports keep the exact text. CJK is left out on purpose: its Noto fonts weigh tens of megabytes.

const PLAIN = /^[\x20-\x7e]*$/;
const COMBINING = /[\u0300-\u036f]/g;
const SPELLED: Record<string, string> = { "\u2212": "-", "≤": "<=", "≥": ">=", "→": "->" };
// Every face a string of the snapshot may be set in (strong table rows are bold; empty states, which
// print only fixed text, italic): a character is kept only when all of them have it.
const FACES = [{ fontWeight: 400 }, { fontWeight: 700 }, { fontStyle: "italic" }] as const;

type Covers = (char: string) => boolean;

let coverage: Promise<Covers> | undefined;

/** Whether the PDF's font has a glyph for a character; loads the font files on first use. */
function fontCoverage(): Promise<Covers> {
  coverage ??= Promise.all(
    FACES.map(async (face) => {
      const descriptor = { fontFamily: FONT, ...face };
      await Font.load(descriptor);
      return Font.getFont(descriptor).data;
    }),
  ).then((fonts) => (char) => char === "\n" || fonts.every((font) => font?.hasGlyphForCodePoint(char.codePointAt(0) ?? 0) === true));
  return coverage;
}

function foldChar(char: string, covers: Covers): string {
  if (covers(char)) return char;
  const spelled = SPELLED[char];
  if (spelled !== undefined) return spelled;
  const stripped = char.normalize("NFD").replace(COMBINING, "");
  return stripped !== "" && [...stripped].every(covers) ? stripped : "?";
}

function fold(text: string, covers: Covers): string {
  if (PLAIN.test(text)) return text;
  let out = "";
  for (const char of text.normalize("NFC")) out += foldChar(char, covers);
  return out;
}

function foldDeep<T>(value: T, covers: Covers): T {
  if (typeof value === "string") return fold(value, covers) as T;
  if (Array.isArray(value)) return value.map((inner: unknown) => foldDeep(inner, covers)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, foldDeep(inner, covers)])) as T;
  }
  return value;
}

/** Text the PDF's font can print: characters it has kept, others folded (see above). */
export async function printable(text: string): Promise<string> {
  return fold(text, await fontCoverage());
}

/** A deep copy of JSON-like data with every string made `printable`. */
export async function printableDeep<T>(value: T): Promise<T> {
  return foldDeep(value, await fontCoverage());
}
