"use client";

import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { saveCheckInAction } from "@/app/(app)/check-ins/actions";
import type { TCheckInContentInput } from "@/lib/check-ins/schemas";
import { unwrap } from "@/lib/query/unwrap";

// Saving the form: drafts save themselves shortly after each change, and every save (autosave,
// submit, edit) runs one at a time in order (a react-query mutation scope), each carrying the
// version the previous one returned. A submission keeps one request id for the life of the
// form, so a retry after a lost response or a second click is recognised as the same one.

const AUTOSAVE_DELAY_MS = 600;

export type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: Date } | { kind: "error"; message: string };

type Intent = "draft" | "submit" | "edit";

export function useCheckInSave({ checkInId, version, autosave }: { checkInId: number; version: number; autosave: boolean }) {
  const versionRef = useRef(version);
  const contentRef = useRef<TCheckInContentInput | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [requestId] = useState(() => crypto.randomUUID());
  const [state, setState] = useState<SaveState>({ kind: "idle" });

  const mutation = useMutation({
    scope: { id: `check-in-${checkInId}` },
    mutationFn: async (intent: Intent) => {
      const content = contentRef.current;
      if (!content) return null;
      const saved = unwrap(await saveCheckInAction({
        checkInId, version: versionRef.current, intent, content,
        ...(intent === "submit" ? { clientRequestId: requestId } : {}),
      }));
      versionRef.current = saved.version;
      return saved;
    },
    onMutate: () => setState({ kind: "saving" }),
    onSuccess: () => setState({ kind: "saved", at: new Date() }),
    onError: (error) => setState({ kind: "error", message: error instanceof TypeError ? "Could not reach the server. Your answers are still here; try again." : error.message }),
  });
  const { mutate, mutateAsync } = mutation;

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);

  /** Records the latest content; a draft saves itself after a short pause. */
  const changed = useCallback((content: TCheckInContentInput) => {
    contentRef.current = content;
    if (!autosave) return;
    flush();
    timer.current = setTimeout(() => mutate("draft"), AUTOSAVE_DELAY_MS);
  }, [autosave, flush, mutate]);

  /** Saves now (a pending autosave is folded into this save). */
  const save = useCallback(async (intent: Intent, content: TCheckInContentInput) => {
    contentRef.current = content;
    flush();
    return mutateAsync(intent);
  }, [flush, mutateAsync]);

  // Leaving with an unsaved change: save it on the way out of the page.
  useEffect(() => {
    if (!autosave) return;
    const leave = () => {
      if (timer.current) {
        flush();
        mutate("draft");
      }
    };
    window.addEventListener("pagehide", leave);
    return () => {
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, [autosave, flush, mutate]);

  return { state, changed, save, pending: mutation.isPending };
}
