"use client";

import type { SaveState } from "./use-check-in-save";

/** The autosave line: announced politely to screen readers, never stealing focus. */
export function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.kind === "saving" ? "Saving…"
      : state.kind === "saved" ? `Draft saved at ${state.at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" })}`
        : state.kind === "error" ? "Not saved"
          : "Drafts save as you type";
  return (
    <p role="status" aria-live="polite" data-save-state={state.kind} className={`text-sm ${state.kind === "error" ? "text-red-700" : "text-slate-600"}`}>
      {text}
    </p>
  );
}
