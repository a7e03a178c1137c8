import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML and during hydration, true once React runs in the browser. Controls
 * that act through JavaScript stay disabled until then, so a click on the server-rendered control
 * is not lost (or undone by hydration).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
