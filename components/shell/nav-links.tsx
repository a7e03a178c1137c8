"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { currentHref, type NavItem } from "@/lib/navigation";
import { groupNavigation } from "./nav-groups";
import { NavMore } from "./nav-more";
import { navLinkClass } from "./nav-style";

/** Primary navigation: one row on a desktop, the less visited entries under "More" when there are many; wraps on a phone. */
export function NavLinks({ items }: { items: NavItem[] }) {
  const active = currentHref(items, usePathname());
  const { inline, more } = groupNavigation(items);
  return (
    <nav aria-label="Main" className="relative w-full sm:w-auto">
      <ul className="flex flex-wrap gap-1">
        {inline.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={item.href === active ? "page" : undefined} className={`block ${navLinkClass(item.href === active)}`}>
              {item.label}
            </Link>
          </li>
        ))}
        {more.length > 0 && (
          <li className="sm:relative">
            <NavMore sections={more} active={active} />
          </li>
        )}
      </ul>
    </nav>
  );
}
