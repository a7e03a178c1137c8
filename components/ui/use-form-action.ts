"use client";

import { startTransition, useActionState, type FormEvent } from "react";

/**
 * Runs a server action from a form without React's automatic reset of the form afterwards, so a
 * refused submission keeps what the person typed next to the messages about it.
 */
export function useFormAction<S>(action: (previous: S | null, form: FormData) => Promise<S>) {
  const [state, dispatch, pending] = useActionState<S | null, FormData>(action, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  };
  return [state, onSubmit, pending] as const;
}
