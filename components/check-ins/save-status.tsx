"use client";

import type { SaveState } from "./use-check-in-save";

/**
 * The autosave line. Only a failure is announced to screen readers (as it happens); "Saving…"
 * and "Saved" after every pause in typing would talk over the person filling in the form.
 */
export function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.kind === "saving" ? "Saving…"
      : state.kind === "saved" ? `Draft saved at ${state.at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" })}`
        : state.kind === "error" ? (state.offline ? "Not saved: offline. Trying again shortly." : "Not saved")
          : "Drafts save as you type";
  return (
    <div className="text-sm">
      <p data-save-state={state.kind} className={state.kind === "error" ? "text-red-700" : "text-slate-600"}>{text}</p>
      <p role="status" aria-live="polite" className="sr-only">{state.kind === "error" ? `Draft not saved. ${state.message}` : ""}</p>
    </div>
  );
}
