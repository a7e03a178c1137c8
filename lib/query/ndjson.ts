// The long-running imports answer with newline-delimited JSON: progress lines as they work,
// then a report. This reads such a response in the browser, one parsed event at a time.

export async function readNdjson(response: Response, onEvent: (event: { type: string; [key: string]: unknown }) => void): Promise<void> {
  if (!response.body) return;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines.filter(Boolean)) onEvent(JSON.parse(line));
  }
}
