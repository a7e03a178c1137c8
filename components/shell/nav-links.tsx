"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { currentHref, type NavItem } from "@/lib/navigation";

/** Primary navigation; wraps onto a second row on narrow screens instead of hiding links. */
export function NavLinks({ items }: { items: NavItem[] }) {
  const active = currentHref(items, usePathname());
  return (
    <nav aria-label="Main" className="w-full sm:w-auto">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => {
          const current = item.href === active;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`block rounded px-3 py-2 text-sm font-medium ${
                  current ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
