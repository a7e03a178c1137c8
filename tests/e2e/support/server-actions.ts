import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
// React's own encoder for server-action arguments, as the browser uses it.
import { encodeReply } from "next/dist/compiled/react-server-dom-turbopack/client.node.js";

// Server actions, read from the production build's manifest (so a new action without an entry
// in the matrix fails the test), and called over HTTP exactly as a browser calls them.

export type ServerAction = { id: string; name: string; file: string; page: string };

export function serverActions(): ServerAction[] {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const manifest = JSON.parse(readFileSync(path.resolve(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    name: `${entry.filename}#${entry.exportedName}`,
    file: entry.filename,
    // A page that bundles the action: "app/(app)/admin/users/page" → "/admin/users".
    page: `/${Object.keys(entry.workers)[0]!.replace(/^app\//, "").replace(/\(.*?\)\/?/g, "").replace(/\/?page$/, "")}`,
  }));
}

/** Form fields for a form action (previous state, form data), or the plain arguments of an action react-query calls. */
export type ActionInput = Record<string, string> | { args: unknown[] };

/** The request body React's client sends for an action call: a string for plain arguments, multipart with a form. */
export async function encodeActionInput(input: ActionInput): Promise<string | FormData> {
  if ("args" in input && Array.isArray(input.args)) return (await encodeReply(input.args)) as string | FormData;
  const form = new FormData();
  for (const [name, value] of Object.entries(input as Record<string, string>)) form.append(name, value);
  return (await encodeReply([null, form])) as string | FormData;
}

/**
 * Calls an action and returns the response body as text: a form action (previous state, form
 * data) when given fields, or an action that takes plain arguments (react-query mutations).
 */
export async function callAction(request: APIRequestContext, action: ServerAction, input: ActionInput, origin: string): Promise<string> {
  const body = await encodeActionInput(input);
  const headers = { "Next-Action": action.id, Accept: "text/x-component", Origin: origin };
  // Plain arguments encode to a string, as the browser posts them; anything with a file or form, to multipart.
  const response = await request.post(action.page, typeof body === "string"
    ? { headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" }, data: body, maxRedirects: 0 }
    : { headers, multipart: body as FormData, maxRedirects: 0 });
  return `${response.status()} ${await response.text()}`;
}
