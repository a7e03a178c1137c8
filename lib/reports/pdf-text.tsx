// The PDF uses the built-in Helvetica, whose WinAnsi encoding covers Latin-1 ("Lucía Fernández",
// "Tomás") and a few typographic marks, but not Latin Extended-A or anything beyond: "Łukasz",
// "Dvořák" or "Şahin" would print as other glyphs ("Aukasz", "DvoYák"). Until a Unicode font is
// embedded, every string is folded to the nearest WinAnsi text: accents the encoding lacks are
// dropped ("Dvorák"), a few letters without a decomposition are mapped, anything else becomes "?".

const WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
const PLAIN = /^[\x20-\x7e]*$/;
const COMBINING = /[\u0300-\u036f]/g;
const LETTERS: Record<string, string> = {
  Ł: "L", ł: "l", Đ: "D", đ: "d", Ħ: "H", ħ: "h", ı: "i", Ŀ: "L", ŀ: "l", Ŧ: "T", ŧ: "t", Ə: "E", ə: "e",
  "\u2212": "-", "≤": "<=", "≥": ">=", "→": "->", "\u2009": " ", "\u202f": " ",
};

function inWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || code === 0x0a || WIN_ANSI_EXTRA.includes(char);
}

function foldChar(char: string): string {
  if (inWinAnsi(char)) return char;
  const mapped = LETTERS[char];
  if (mapped !== undefined) return mapped;
  const stripped = char.normalize("NFD").replace(COMBINING, "");
  // NFD may leave a Latin-1 base with its own accent (ệ → e), or a letter that has none to drop.
  return [...stripped].every(inWinAnsi) && stripped !== "" ? stripped : "?";
}

/** Text Helvetica can print: WinAnsi characters kept, others folded (see above). */
export function winAnsi(text: string): string {
  if (PLAIN.test(text)) return text;
  let out = "";
  for (const char of text.normalize("NFC")) out += foldChar(char);
  return out;
}

/** A deep copy of JSON-like data with every string passed through `winAnsi`. */
export function winAnsiDeep<T>(value: T): T {
  if (typeof value === "string") return winAnsi(value) as T;
  if (Array.isArray(value)) return value.map(winAnsiDeep) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, winAnsiDeep(inner)])) as T;
  }
  return value;
}
