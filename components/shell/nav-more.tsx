"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { NavSection } from "./nav-groups";
import { navLinkClass } from "./nav-style";

/**
 * The disclosure behind "More" (WAI-ARIA disclosure navigation, not an ARIA menu): a button with
 * aria-expanded, the links right after it in tab order. Escape closes it and gives focus back to
 * the button; a click elsewhere or tabbing out of it closes it too.
 */
export function NavMore({ sections, active }: { sections: NavSection[]; active: string | null }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const holdsCurrent = sections.some((section) => section.items.some((item) => item.href === active));

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", closeOutside);
    return () => document.removeEventListener("pointerdown", closeOutside);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !open) return;
    event.preventDefault();
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div
      ref={root}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // Tabbing out closes it; a click elsewhere (no related target) is the pointerdown's job.
        const next = event.relatedTarget as Node | null;
        if (next && !root.current?.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
        className={`${navLinkClass(holdsCurrent)} flex items-center gap-1`}
      >
        More
        <svg aria-hidden="true" viewBox="0 0 16 16" className={`size-4 transition-transform ${open ? "rotate-180" : ""}`}>
          <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      <div
        id={listId}
        hidden={!open}
        className="absolute inset-x-0 top-full z-20 mt-1 rounded-md border border-slate-200 bg-white p-1 shadow-lg sm:left-auto sm:right-0 sm:w-48"
      >
        {sections.map((section, index) => (
          <div key={section.label ?? ""} className={index > 0 ? "mt-1 border-t border-slate-200 pt-1" : undefined}>
            {section.label && (
              <p id={`${listId}-${index}`} className="px-3 pb-1 pt-2 text-xs font-semibold uppercase tracking-wide text-slate-500">{section.label}</p>
            )}
            <ul aria-labelledby={section.label ? `${listId}-${index}` : undefined}>
              {section.items.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={item.href === active ? "page" : undefined}
                    onClick={() => setOpen(false)}
                    className={`block ${navLinkClass(item.href === active)}`}
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </div>
  );
}
