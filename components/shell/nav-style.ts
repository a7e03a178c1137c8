/** The look of a header navigation entry (display left to the caller), shared by the row, "More" and its list. */
export function navLinkClass(current: boolean): string {
  return `whitespace-nowrap rounded px-3 py-2 text-sm font-medium ${current ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100"}`;
}
