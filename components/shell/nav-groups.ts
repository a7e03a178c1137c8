import type { NavItem } from "@/lib/navigation";

// Which entries stay in the header row and which fold under "More". A row holds eight at 1280 px
// beside the brand and the user menu: up to MAX_INLINE entries all show (an admin's six or seven
// among them); above that the less visited destinations fold away, so the VPE's eleven (fourteen
// with ADMIN) become seven links and "More". Presentation only: lib/navigation.ts decides who
// sees which entry.

export const MAX_INLINE = 8;

/** Visited less often than the pillar screens (reports once a quarter): reached through "More" when the row is full. */
const SECONDARY = new Set(["/departures", "/reports", "/teams", "/frameworks", "/admin/users", "/admin/settings", "/admin/audit"]);

/** A run of entries in the "More" list; the administration ones under their own label. */
export type NavSection = { label: string | null; items: NavItem[] };
export type NavGroups = { inline: NavItem[]; more: NavSection[] };

export function groupNavigation(items: readonly NavItem[]): NavGroups {
  const folded = items.length > MAX_INLINE ? items.filter((item) => SECONDARY.has(item.href)) : [];
  // A menu of one entry saves nothing: show it inline.
  if (folded.length < 2) return { inline: [...items], more: [] };
  const isAdmin = (item: NavItem) => item.href.startsWith("/admin/");
  const more: NavSection[] = [
    { label: null, items: folded.filter((item) => !isAdmin(item)) },
    { label: "Administration", items: folded.filter(isAdmin) },
  ];
  return { inline: items.filter((item) => !SECONDARY.has(item.href)), more: more.filter((section) => section.items.length > 0) };
}
