import { careerEraser } from "./erasers/career";
import { checkInsEraser } from "./erasers/check-ins";
import { risksEraser } from "./erasers/risks";
import { skillsEraser } from "./erasers/skills";
import type { Eraser } from "./types";

// Every feature's part of erasing a departed person (DESIGN.md: "Every feature's data joins
// the one erase function"). A feature that stores anything about a person adds its eraser
// here — one module in ./erasers/ that, inside the erasure's transaction:
//   - deletes the free text it holds ABOUT the person (nullable → null, required → ERASED_TEXT),
//     keeping figures (numbers, booleans, enum values, dates) and ids;
//   - returns the records whose audit events carry that text, so the audit rewrite erases it.
// Free text the person WROTE about others stays. Names and emails need no eraser: the Person
// and User rows are anonymised by ./identity.ts, and every report snapshot and audit payload
// is rewritten from the former names afterwards (./rewrite-json.ts). The integration test
// scans every table for the former name, so a new table that copies names is caught there.

export const ERASERS: readonly Eraser[] = [checkInsEraser, careerEraser, risksEraser, skillsEraser];
