// React's server-action argument encoder as Next ships it (no types are published for it).
declare module "next/dist/compiled/react-server-dom-turbopack/client.node.js" {
  export function encodeReply(value: unknown): Promise<string | FormData>;
}
