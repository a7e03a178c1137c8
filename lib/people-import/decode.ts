import { ImportFileError } from "./types";

// Uploads arrive as bytes. Only UTF-8 is accepted: guessing between Latin-1, Windows-1252 and
// the rest would silently turn "José" into "JosÃ©" for thousands of people.

/** Larger than any 20,000-row HRIS export we know of; checked before decoding so a huge upload costs nothing. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const HOW_TO_FIX = 'Save it again as UTF-8 (in Excel: "CSV UTF-8 (Comma delimited)").';

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function notUtf8(text: string): ImportFileError {
  // A lossy decoder turns every unreadable byte into U+FFFD; the first one shows where to look.
  const line = lineAt(text, Math.max(0, text.indexOf("\uFFFD")));
  return new ImportFileError(line, `The file is not UTF-8 text: line ${line} has characters that cannot be read. ${HOW_TO_FIX}`);
}

/**
 * The file's text, without a byte-order mark. Prefer passing the uploaded bytes; a string is
 * taken as already decoded, and refused if a lossy decoder (`File.text()`) left U+FFFD in it.
 */
export function decodeCsv(input: Uint8Array | string): string {
  const size = typeof input === "string" ? input.length : input.byteLength;
  if (size > MAX_FILE_BYTES) {
    throw new ImportFileError(1, `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB. Import at most 20,000 people at a time.`);
  }
  if (typeof input === "string") {
    if (input.includes("\uFFFD")) throw notUtf8(input);
    return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  }
  if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) {
    throw new ImportFileError(1, `The file is UTF-16 text, not UTF-8. ${HOW_TO_FIX}`);
  }
  try {
    // The decoder drops a leading byte-order mark itself.
    return new TextDecoder("utf-8", { fatal: true }).decode(input);
  } catch {
    throw notUtf8(new TextDecoder("utf-8").decode(input));
  }
}
