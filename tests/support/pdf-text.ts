import { getDocument, VerbosityLevel } from "pdfjs-dist/legacy/build/pdf.mjs";

// A PDF read back as text, one string per page: each page's text runs joined by single spaces,
// so a table row reads "Ines Bauer Engineering Manager, Core 31 …". For tests of the exports.

export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: VerbosityLevel.ERRORS }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" ").replace(/\s+/g, " "));
  }
  await pdf.destroy();
  return pages;
}
