import { QueryClient } from "@tanstack/react-query";

// One configuration for every react-query cache: the browser's (components/providers) and the
// one a server page fills to prefetch (`prefetch` in lib/query/prefetch.ts). Data read through
// react-query is plain JSON (dates as "YYYY-MM-DD" strings), so prefetched and fetched data match.

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Prefetched data is fresh on arrival: no refetch as the page hydrates.
      queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}
