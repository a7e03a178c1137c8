import { createTransport } from "nodemailer";
import { env } from "@/lib/env";

// Outgoing mail over SMTP. SMTP_URL carries every connection option: nodemailer reads extra
// options from the URL's query string, so a relay without TLS (or a test server whose STARTTLS
// certificate cannot be trusted) is `smtp://127.0.0.1:2525?ignoreTLS=true`, and a relay with a
// private CA can use `?tls.rejectUnauthorized=false`. No host gets a silent exception here.

export type MailMessage = { to: { name: string; address: string }; subject: string; text: string; html: string };

type Transport = ReturnType<typeof createTransport>;

// One transport per URL, reused across sends; a changed URL (tests) gets its own.
const transports = new Map<string, Transport>();

/** False when no SMTP_URL is configured: callers then hand the link to a person instead. */
export function mailEnabled(): boolean {
  return Boolean(env().SMTP_URL);
}

function transportFor(url: string): Transport {
  let transport = transports.get(url);
  if (!transport) {
    // Short timeouts: a person waits on the send, and a dead relay should fail in seconds, not minutes.
    transport = createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
    transports.set(url, transport);
  }
  return transport;
}

/** Sends one message; throws when mail is not configured or the relay refuses it. */
export async function sendMail(message: MailMessage): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) throw new Error("Mail is not configured (SMTP_URL is unset)");
  await transportFor(SMTP_URL).sendMail({ from: MAIL_FROM, ...message });
}
