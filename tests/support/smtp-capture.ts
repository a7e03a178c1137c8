import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

// A local SMTP server that keeps every message it receives, for tests of outgoing mail. Refuses
// recipients starting with "refused-", as a relay refuses an unknown mailbox.

export type Captured = { rcptTo: string[]; raw: string };

export function smtpCapture() {
  const inbox: Captured[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(address.address.startsWith("refused-") ? new Error("550 Mailbox unavailable") : null);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        inbox.push({ rcptTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  return {
    inbox,
    start: () => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)),
    stop: () => new Promise<void>((resolve) => server.close(resolve)),
    /** The SMTP_URL that reaches this server. */
    url: () => `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}?ignoreTLS=true`,
  };
}
