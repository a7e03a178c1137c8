import type { ReactNode } from "react";
import type { CheckInActionItems, CheckInDetail } from "@/lib/check-ins/queries";
import { PILLAR_LABEL, PILLARS } from "@/lib/metrics/pillar-score";
import { formatAnswer } from "./format-answer";

const DOMAIN_LABEL: Record<string, string> = { FINANCE: "Finance", STRATEGY: "Strategy", PRODUCT: "Product" };


/** A submitted check-in as its readers see it; the private note only reaches this component for its author. */
export function CheckInView({ checkIn, actionItems }: { checkIn: CheckInDetail; actionItems: CheckInActionItems }) {
  return (
    <div className="space-y-6">
      {PILLARS.map((pillar) => {
        const questions = checkIn.questions.filter((q) => q.pillar === pillar);
        if (questions.length === 0) return null;
        return (
          <Block key={pillar} title={PILLAR_LABEL[pillar]}>
            <dl className="grid gap-3 sm:grid-cols-[2fr_1fr]">
              {questions.map((q) => (
                <div key={q.key} className="contents">
                  <dt className="text-sm text-slate-700">{q.prompt}</dt>
                  <dd className="text-sm font-medium">{formatAnswer(checkIn.answers[q.key])}{q.kind === "SCALE" && checkIn.answers[q.key] !== undefined ? " / 5" : ""}</dd>
                </div>
              ))}
            </dl>
          </Block>
        );
      })}
      <Block title="Wins, blockers and growth">
        <dl className="space-y-3 text-sm">
          <Item label="Wins" value={checkIn.wins} />
          <Item label="Blockers" value={checkIn.blockers} />
          <Item label="Least comfortable domain" value={checkIn.growthDomain ? DOMAIN_LABEL[checkIn.growthDomain] ?? null : null} />
          <Item label="Growth step this month" value={checkIn.growthStep} />
          <Item label="Follow-up on the last step" value={checkIn.growthFollowUp} />
        </dl>
      </Block>
      <Block title="Action items">
        {actionItems.raised.length === 0 ? <p className="text-sm text-slate-600">None raised in this check-in.</p> : (
          <ul className="space-y-1 text-sm">
            {actionItems.raised.map((item) => (
              <li key={item.id}>
                <span className={item.done ? "line-through" : ""}>{item.title}</span>{" "}
                <span className="text-slate-600">— {item.ownerName}{item.dueDate ? `, due ${item.dueDate}` : ""}{item.done ? " (done)" : ""}</span>
              </li>
            ))}
          </ul>
        )}
      </Block>
      {checkIn.isAuthor && checkIn.privateNote && (
        <Block title="Your private note">
          <p className="text-sm whitespace-pre-line">{checkIn.privateNote}</p>
          <p className="mt-2 text-xs text-slate-600">Only you can read this.</p>
        </Block>
      )}
    </div>
  );
}

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 className="mb-3 text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

function Item({ label, value }: { label: string; value: string | null }) {
  return (
    <div>
      <dt className="text-slate-600">{label}</dt>
      <dd className="whitespace-pre-line">{value ?? "—"}</dd>
    </div>
  );
}
