import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditPersonForm, EndEmploymentForm, ReportingLineForm } from "@/components/people/edit-person-forms";
import { ErasePersonForm } from "@/components/people/erase-person-form";
import { ReportingHistory } from "@/components/people/reporting-history";
import { PersonGrowth } from "@/components/growth/person-growth";
import { PersonCheckIns } from "@/components/check-ins/person-check-ins";
import { PersonSkills } from "@/components/skills/person-skills";
import { PersonRisks } from "@/components/risks/person-risks";
import { RecordDepartureForm } from "@/components/departures/record-departure-form";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { idParam } from "@/lib/http/route";
import { getPersonForEdit, getPersonSummary, reportingHistory } from "@/lib/people/queries";
import { orgToday } from "@/lib/org/queries";
import { teamOptions } from "@/lib/teams/queries";

export const metadata: Metadata = { title: "Person" };

type Props = { params: Promise<{ id: string }> };

async function loadPerson(actor: Awaited<ReturnType<typeof requireActor>>, id: string) {
  try {
    return await getPersonSummary({ actor, personId: idParam(id) });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function PersonPage({ params }: Props) {
  const actor = await requireActor();
  const person = await loadPerson(actor, (await params).id);
  const history = await reportingHistory({ actor, personId: person.id });
  const editable = can(actor.roles, "people:write") && !person.erasedAt ? await getPersonForEdit({ actor, personId: person.id }) : null;
  const today = formatDate(await orgToday());
  const erasable = can(actor.roles, "org:manage") && person.endDate !== null && !person.erasedAt && formatDate(person.endDate) < today;
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-bold">{person.name}</h1>
        <p className="text-slate-700">{[person.title, person.team?.name].filter(Boolean).join(" · ")}</p>
      </header>
      <section aria-labelledby="details-heading" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="details-heading" className="text-lg font-semibold">Details</h2>
        <dl className="mt-4 grid gap-4 text-sm sm:grid-cols-3">
          <Detail label="Manager" value={person.manager?.name ?? "—"} />
          <Detail label="Direct reports" value={String(person._count.reports)} />
          <Detail label="Location" value={[person.location, person.region?.toLowerCase()].filter(Boolean).join(", ") || "—"} />
          <Detail label="Started" value={formatDate(person.startDate)} />
          {person.endDate && <Detail label="Left" value={formatDate(person.endDate)} />}
          {person.originCompany && <Detail label="Joined from" value={person.originCompany} />}
        </dl>
      </section>
      <ReportingHistory lines={history} />
      <PersonGrowth actor={actor} personId={person.id} today={today} />
      <PersonCheckIns actor={actor} personId={person.id} name={person.name} />
      <PersonSkills actor={actor} personId={person.id} />
      <PersonRisks actor={actor} personId={person.id} name={person.name} />
      {editable && (
        <>
          <Section id="move" title="Change manager or team">
            <ReportingLineForm person={editable} teams={await teamOptions()} today={today} />
          </Section>
          <Section id="edit" title="Edit details">
            <EditPersonForm person={editable} />
          </Section>
          {/* HR and the VPE record a departure (which ends employment); an admin only ends it. */}
          {!person.endDate && !can(actor.roles, "departure:write") && (
            <Section id="leave" title="Leaving">
              <EndEmploymentForm person={editable} today={today} />
            </Section>
          )}
        </>
      )}
      {can(actor.roles, "departure:write") && actor.personId !== person.id && !person.endDate && !person.erasedAt && (
        <Section id="departure" title="Record a departure">
          <RecordDepartureForm personId={person.id} name={person.name} startDate={formatDate(person.startDate)} today={today} />
        </Section>
      )}
      {erasable && (
        <Section id="erase" title="Erase personal data">
          <ErasePersonForm personId={person.id} name={person.name} />
        </Section>
      )}
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg bg-white p-6 shadow-sm">
      <h2 id={`${id}-heading`} className="mb-4 text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-medium">{value}</dd>
    </div>
  );
}
