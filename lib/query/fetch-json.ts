// What react-query's query functions call in the browser: a GET to one of the app's route
// handlers. A refusal becomes an Error carrying the server's message, so the UI can show it.

export class FetchError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
    this.name = "FetchError";
  }
}

export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, headers: { Accept: "application/json", ...init?.headers }, cache: "no-store" });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new FetchError(body?.error ?? `The server answered ${response.status}.`, response.status);
  }
  return (await response.json()) as T;
}
