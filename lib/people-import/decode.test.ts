import { describe, expect, it } from "vitest";
import { decodeCsv, MAX_FILE_BYTES } from "./decode";
import { ImportFileError } from "./types";

function fileError(run: () => unknown): ImportFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error("expected an ImportFileError");
}

const bytes = (...parts: Array<string | number[]>) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? [...new TextEncoder().encode(part)] : part)));

describe("decodeCsv", () => {
  it("decodes UTF-8 and drops its byte-order mark", () => {
    expect(decodeCsv(bytes([0xef, 0xbb, 0xbf], "name\nJosé\n"))).toBe("name\nJosé\n");
    expect(decodeCsv("\uFEFFname\n")).toBe("name\n");
  });

  it("refuses Latin-1 bytes, naming the first line that cannot be read", () => {
    const error = fileError(() => decodeCsv(bytes("name\nAnn\nJos", [0xe9], "\n")));
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/not UTF-8 text: line 3/);
    expect(error.message).toMatch(/CSV UTF-8/);
  });

  it("refuses text a lossy decoder already damaged", () => {
    expect(fileError(() => decodeCsv("name\nJos\uFFFD\n")).line).toBe(2);
  });

  it("refuses UTF-16 with a specific message", () => {
    expect(fileError(() => decodeCsv(bytes([0xff, 0xfe], "n\u0000"))).message).toMatch(/UTF-16/);
  });

  it("refuses a file over the size limit before reading it", () => {
    expect(fileError(() => decodeCsv(new Uint8Array(MAX_FILE_BYTES + 1))).message).toMatch(/larger than 50 MB/);
  });
});
