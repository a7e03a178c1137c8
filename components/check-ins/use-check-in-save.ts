"use client";

import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { saveCheckInAction } from "@/app/(app)/check-ins/actions";
import type { TCheckInContentInput } from "@/lib/check-ins/schemas";
import type { FieldErrors } from "@/lib/errors";
import { ActionError, unwrap } from "@/lib/query/unwrap";

// Saving the form: drafts save themselves shortly after each change, and every save (autosave,
// submit, edit) runs one at a time in order (a react-query mutation scope), each carrying the
// version the previous one returned. A submission keeps one request id for the life of the
// form, so a retry after a lost response or a second click is recognised as the same one.
// An autosave that could not reach the server tries again; leaving with unsaved changes asks first.

const AUTOSAVE_DELAY_MS = 600;
const RETRY_DELAY_MS = 5_000;

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "error"; message: string; fieldErrors?: FieldErrors; offline: boolean };

type Intent = "draft" | "submit" | "edit";

export function useCheckInSave({ checkInId, version, autosave }: { checkInId: number; version: number; autosave: boolean }) {
  const versionRef = useRef(version);
  const contentRef = useRef<TCheckInContentInput | null>(null);
  /** The content last stored on the server; anything else is unsaved. */
  const savedRef = useRef<TCheckInContentInput | null>(null);
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
      savedRef.current = content;
      return saved;
    },
    onMutate: () => setState({ kind: "saving" }),
    onSuccess: () => setState({ kind: "saved", at: new Date() }),
    onError: (error, intent) => {
      // A refusal is an ActionError with the server's message; anything else never reached it.
      const offline = !(error instanceof ActionError);
      setState({
        kind: "error", offline,
        message: offline ? "Could not reach the server. Your answers are still here; try again." : error.message,
        fieldErrors: error instanceof ActionError ? error.fieldErrors : undefined,
      });
      if (offline && intent === "draft") schedule(RETRY_DELAY_MS);
    },
  });
  const { mutate, mutateAsync } = mutation;

  const cancel = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);

  const schedule = useCallback((delay: number) => {
    cancel();
    timer.current = setTimeout(() => {
      timer.current = null;
      mutate("draft");
    }, delay);
  }, [cancel, mutate]);

  /** Records the latest content; a draft saves itself after a short pause. */
  const changed = useCallback((content: TCheckInContentInput) => {
    contentRef.current = content;
    if (autosave) schedule(AUTOSAVE_DELAY_MS);
  }, [autosave, schedule]);

  /** Saves now (a pending autosave is folded into this save). */
  const save = useCallback(async (intent: Intent, content: TCheckInContentInput) => {
    contentRef.current = content;
    cancel();
    return mutateAsync(intent);
  }, [cancel, mutateAsync]);

  useEffect(() => {
    // Closing the tab or reloading with changes the server does not have yet: ask first.
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (contentRef.current !== null && contentRef.current !== savedRef.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", beforeUnload);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      // Navigating elsewhere in the app: the pending autosave goes out now (the mutation outlives the form).
      if (autosave && timer.current) {
        cancel();
        mutate("draft");
      }
    };
  }, [autosave, cancel, mutate]);

  return { state, changed, save };
}
