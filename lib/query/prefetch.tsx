import { dehydrate, HydrationBoundary, type QueryKey } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { makeQueryClient } from "./client";

/**
 * For server pages: runs each query on the server (the same domain function its route handler
 * calls) and hands the results to the browser's cache, so the first paint has data and
 * react-query takes over from there.
 */
export async function Prefetched({ queries, children }: { queries: Array<{ queryKey: QueryKey; queryFn: () => Promise<unknown> }>; children: ReactNode }) {
  const client = makeQueryClient();
  await Promise.all(queries.map((query) => client.prefetchQuery(query)));
  return <HydrationBoundary state={dehydrate(client)}>{children}</HydrationBoundary>;
}
