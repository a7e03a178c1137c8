import type { FrameworkDefinition } from "@/lib/frameworks/definition";

// The default career framework that ships with Pillars.
//
// The shape of the management levels (one team, a quarter ahead → several teams and managers
// of managers, 6–12 months → one organisation-level objective, 1–2 years → a portfolio,
// 2–3 years → the whole engineering organisation) follows the public frameworks summarised in
// DOMAIN.md ("Engineering-management levels in public frameworks"). Only that shape is borrowed:
// the level summaries, competencies and expectations below are the project's own text.
//
// Every competency carries one of the four pillars and one domain. The management track is
// deliberately V-shaped: engineering depth plus real fluency in strategy, finance, product and M&A.

export const DEFAULT_FRAMEWORK: FrameworkDefinition = {
  name: "Engineering Management",
  description:
    "The default framework that ships with Pillars: a management track from Engineering Manager to VP of Engineering " +
    "and an individual-contributor track from Engineer to Principal Engineer. Each competency belongs to one of the " +
    "four pillars and one domain, and the management track grows leaders from engineering depth towards fluency in " +
    "strategy, finance, product and M&A.",
  tracks: [
    {
      key: "management",
      name: "Management",
      kind: "MANAGEMENT",
      levels: [
        {
          code: "M1",
          name: "Engineering Manager",
          summary:
            "Leads one team of engineers and is accountable for its people, delivery and systems. " +
            "Plans about a quarter ahead, turning the product roadmap into the team's commitments.",
        },
        {
          code: "M2",
          name: "Senior Engineering Manager",
          summary:
            "Leads several teams within one product or platform area, often through other managers and tech leads. " +
            "Plans six to twelve months ahead and balances priorities and people across those teams.",
        },
        {
          code: "M3",
          name: "Director of Engineering",
          summary:
            "Leads a group of teams and their managers accountable for one organisation-level objective. " +
            "Sets direction one to two years ahead and owns the group's structure, budget and results.",
        },
        {
          code: "M4",
          name: "Senior Director of Engineering",
          summary:
            "Leads a portfolio of groups through directors, spanning several product lines or platforms. " +
            "Shapes strategy two to three years ahead and allocates people and money across the portfolio.",
        },
        {
          code: "M5",
          name: "VP of Engineering",
          summary:
            "Accountable for the whole engineering organisation and its place in the company: strategy, budget, " +
            "talent and delivery. Sits with the executive team and aligns engineering to company goals over several years.",
        },
      ],
      competencies: [
        {
          key: "operational-excellence",
          name: "Operational excellence and reliability",
          description:
            "Keeps the systems the teams own stable, observable and recoverable, and automates repetitive operational work away.",
          pillar: "QUALITY",
          domain: "ENGINEERING",
          expectations: {
            M1:
              "Runs a sustainable on-call rota for the team, holds a blameless review after every significant incident, " +
              "and sees the follow-up actions closed within the agreed time.",
            M2:
              "Agrees service-level objectives with each team for its critical services, reviews error-budget burn monthly, " +
              "and pauses feature work when a team's budget is exhausted.",
            M3:
              "Sets the group's reliability standards (SLOs, incident severities, review practice) and funds the automation " +
              "and resilience work that removes recurring classes of incident.",
            M4:
              "Manages reliability as a portfolio risk: knows which systems carry the most business exposure, has " +
              "disaster-recovery tests run on them, and weighs resilience investment against feature work across groups.",
            M5:
              "Answers to the executive team for the company's availability and resilience commitments to customers, sets " +
              "engineering-wide incident and continuity policy, and reports reliability trends with their business impact.",
          },
        },
        {
          key: "delivery-flow",
          name: "Delivery flow and DORA metrics",
          description:
            "Makes the path from idea to production fast and safe, and uses flow metrics to improve the system rather than to judge people.",
          pillar: "QUALITY",
          domain: "DELIVERY",
          expectations: {
            M1:
              "Knows the team's deployment frequency, lead time for changes, change failure rate and time to restore, and " +
              "removes one concrete bottleneck a quarter, such as a flaky test suite or a manual release step.",
            M2:
              "Compares flow metrics across their teams to find shared constraints, such as slow reviews or a contended test " +
              "environment, and runs improvements that move at least one team up a DORA band.",
            M3:
              "Sets flow targets for the group tied to the objective it serves, invests in the shared delivery platform " +
              "(CI/CD, environments, feature flags), and shows the trend quarter on quarter.",
            M4:
              "Uses flow data to decide where the portfolio invests in platform work and where dependencies between groups " +
              "slow delivery, and prevents the metrics from being gamed or used to rank individuals.",
            M5:
              "Reports delivery performance to the executive team in business terms (time to market, cost of delay, " +
              "predictability) and sets engineering-wide expectations for continuous delivery, backed by platform investment.",
          },
        },
        {
          key: "technical-direction",
          name: "Technical direction and architecture",
          description:
            "Ensures the teams make sound technical decisions, keep them reversible where possible, and manage technical debt deliberately.",
          pillar: "QUALITY",
          domain: "ENGINEERING",
          expectations: {
            M1:
              "Understands the team's architecture well enough to review design documents and ask the questions that expose " +
              "risk, and keeps a visible, prioritised list of the team's technical debt.",
            M2:
              "Ensures decisions that affect several teams are written down as decision records and reviewed by the right " +
              "engineers, and reserves a stated share of capacity for debt reduction in each team.",
            M3:
              "Owns the group's one-to-two-year technical roadmap together with its staff engineers, aligned to the group's " +
              "objective, and retires or consolidates systems that no longer justify their upkeep.",
            M4:
              "Sets architectural principles and guardrails across the portfolio (build versus buy, platform boundaries, " +
              "data ownership) and resolves technical conflicts between groups without making every decision personally.",
            M5:
              "Sets the organisation's long-term technology strategy with its principal engineers, explains its risks and " +
              "costs to the executive team, and makes the few irreversible platform bets deliberately and on the record.",
          },
        },
        {
          key: "psychological-safety",
          name: "Psychological safety and trust",
          description:
            "Builds teams where people raise problems, admit mistakes and disagree openly without fear, and where the leader's word can be relied on.",
          pillar: "ENGAGEMENT",
          domain: "PEOPLE",
          expectations: {
            M1:
              "Holds regular one-to-ones that reports use to raise concerns, admits their own mistakes in front of the team, " +
              "and meets bad news with questions rather than blame.",
            M2:
              "Notices when a team has gone quiet or a manager discourages dissent and coaches on it, and holds skip-level " +
              "conversations that surface what the managers do not hear.",
            M3:
              "Makes blameless reviews and open disagreement the norm across the group, follows safety and trust scores per " +
              "team, and steps in when a team's scores fall for two check-ins in a row.",
            M4:
              "Holds directors accountable for the climate of their organisations, handles conflict and misconduct fairly and " +
              "visibly, and keeps people's trust through reprioritisations and role changes.",
            M5:
              "Sets the tone for the whole engineering organisation: explains hard decisions such as reorganisations or " +
              "missed targets honestly, protects people who raise uncomfortable truths, and is trusted by engineers and executives alike.",
          },
        },
        {
          key: "autonomy-team-health",
          name: "Autonomy and team health",
          description:
            "Gives teams clear goals and the room to decide how to reach them, while keeping the workload sustainable.",
          pillar: "ENGAGEMENT",
          domain: "PEOPLE",
          expectations: {
            M1:
              "Sets clear goals for the quarter and lets engineers choose how to reach them, and watches workload, overtime " +
              "and interruptions so that no one is burning out.",
            M2:
              "Delegates decisions to the managers and tech leads closest to the work within stated boundaries, and " +
              "rebalances work between teams when one is overstretched for more than a few weeks.",
            M3:
              "Shapes the group so teams own outcomes end to end with few hand-offs, and reads team-health signals " +
              "(engagement, overtime, attrition) to act before a problem turns into departures.",
            M4:
              "Puts in place clear decision rights and escalation paths that let groups move independently, and removes " +
              "cross-group dependencies that leave teams waiting on each other.",
            M5:
              "Runs engineering on an operating model in which teams are trusted with outcomes and measured on them, and " +
              "defends a sustainable pace when company pressure pushes against it.",
          },
        },
        {
          key: "communication-stakeholders",
          name: "Communication and stakeholder alignment",
          description:
            "Shares context down, reports status and risk up and across, and says no with reasons, so that teams and stakeholders can trust what they hear.",
          pillar: "ENGAGEMENT",
          domain: "PEOPLE",
          expectations: {
            M1:
              "Explains the reasons behind priorities to the team, gives stakeholders honest status and early warning of " +
              "slips, and runs meetings that end with decisions and owners.",
            M2:
              "Writes regular updates for their area that leadership reads and relies on, aligns commitments with the " +
              "product and design peers of several teams, and negotiates scope when demand exceeds capacity.",
            M3:
              "Presents the group's objective, plan and progress to senior leadership and peer departments, adapts the " +
              "message to each audience, and settles conflicting requests between stakeholders.",
            M4:
              "Represents engineering in cross-functional leadership forums, keeps working relationships with peers in " +
              "sales, support and finance, and keeps several hundred people aligned on one direction.",
            M5:
              "Speaks for engineering to the executive team and board, and where needed to customers and investors; leads " +
              "engineering all-hands and turns company strategy into a story engineers understand and act on.",
          },
        },
        {
          key: "coaching-career-growth",
          name: "Coaching and career growth",
          description:
            "Develops people through feedback, coaching and the career framework, and keeps levelling and promotion fair and transparent.",
          pillar: "GROWTH",
          domain: "PEOPLE",
          expectations: {
            M1:
              "Gives each report specific feedback at least monthly, agrees a written development plan with each of them " +
              "against this framework, and builds promotion cases on evidence.",
            M2:
              "Coaches first-time managers and tech leads, calibrates ratings across their teams so the same work earns the " +
              "same rating, and develops at least one person who could take over their role.",
            M3:
              "Runs calibration for the group, builds a bench of managers ready to step up, and uses time in level and " +
              "promotion pace to find people who are stuck or overlooked.",
            M4:
              "Develops directors and senior managers as leaders, including in strategy, finance and product, and owns the " +
              "talent review and succession plan for the portfolio.",
            M5:
              "Owns the engineering career framework and its fair use across the organisation, develops the next generation " +
              "of engineering executives, and has a named successor for every role that reports to them.",
          },
        },
        {
          key: "hiring-retention",
          name: "Hiring and retention of top talent",
          description:
            "Builds strong teams by hiring well and by keeping the people the organisation most wants to keep.",
          pillar: "GROWTH",
          domain: "PEOPLE",
          expectations: {
            M1:
              "Writes clear role descriptions, runs a structured interview loop, gets new hires to their first production " +
              "change within their first weeks, and knows which reports might leave and why.",
            M2:
              "Meets the hiring plan for several teams without lowering the bar, trains interviewers, and keeps a mitigation " +
              "plan with an owner and a date for every high retention risk.",
            M3:
              "Owns the group's headcount plan and hiring mix (levels, locations, contractors), tracks regrettable attrition " +
              "and acts on its causes, and wins senior candidates with a compelling case for the role.",
            M4:
              "Sets the portfolio's talent strategy, deciding where and at which levels to hire across onshore, nearshore and " +
              "offshore locations, and holds directors to regrettable-attrition goals.",
            M5:
              "Sets engineering's employer brand, pay position and location strategy with HR and finance, and answers to " +
              "the executive team for engineering attrition and the retention of critical people.",
          },
        },
        {
          key: "organisation-design",
          name: "Organisation design",
          description:
            "Shapes team structures, roles and spans of control so that the organisation can deliver its strategy and people have room to grow.",
          pillar: "GROWTH",
          domain: "STRATEGY",
          expectations: {
            M1:
              "Defines clear roles within the team, names an owner for every system the team runs, and raises structural " +
              "problems, such as a team grown too large, with a proposal rather than a complaint.",
            M2:
              "Structures several teams around product areas or value streams, keeps spans of control workable, and creates " +
              "tech-lead and manager roles that give people a next step.",
            M3:
              "Plans the group's shape for the next one to two years (team boundaries, management layers, hiring sequence) " +
              "and carries out reorganisations with a written rationale and little disruption to delivery.",
            M4:
              "Designs the portfolio's structure for its two-to-three-year strategy, including the split between platform and " +
              "product teams and across locations, and keeps each director's scope manageable.",
            M5:
              "Designs the whole engineering organisation and its interfaces with product, design, data and operations, and " +
              "reshapes it when the company changes through new business lines, acquisitions or downsizing.",
          },
        },
        {
          key: "business-engineering-strategy",
          name: "Business and engineering strategy",
          description:
            "Understands how the company wins and turns that into engineering choices: the strategic fluency of a V-shaped leader.",
          pillar: "SKILLS",
          domain: "STRATEGY",
          expectations: {
            M1:
              "Can explain the company's strategy and how the team's quarter contributes to it, and links every item on the " +
              "team's roadmap to a business goal.",
            M2:
              "Writes a six-to-twelve-month plan for their area that states the problem, the options considered and the " +
              "trade-offs, and revises it when company priorities or the market change.",
            M3:
              "Writes and defends a one-to-two-year strategy for an organisation-level objective, grounded in competitors, " +
              "customer data and engineering constraints, with outcomes that can be measured.",
            M4:
              "Shapes a two-to-three-year strategy across a portfolio, anticipates shifts in technology and market, and states " +
              "what the portfolio will stop doing as clearly as what it will start.",
            M5:
              "Helps write the company strategy with the executive team, sets engineering's strategy to serve it, and points " +
              "out where technology opens new business options such as products, markets or partnerships.",
          },
        },
        {
          key: "engineering-economics",
          name: "Budgets and engineering economics",
          description:
            "Understands what engineering costs and what it returns, plans and defends budgets, and weighs money alongside technical trade-offs.",
          pillar: "SKILLS",
          domain: "FINANCE",
          expectations: {
            M1:
              "Knows the team's monthly cloud and tooling spend and explains its main drivers, and takes cost into account " +
              "when choosing between technical options.",
            M2:
              "Forecasts headcount and infrastructure cost for several teams for the year, tracks spend against the forecast, " +
              "and delivers at least one cost reduction with a measured saving.",
            M3:
              "Builds and defends a multi-team budget, trading headcount against vendor and cloud spend, and presents the " +
              "return on major investments in terms finance accepts, such as payback period and unit cost.",
            M4:
              "Allocates budget across groups by expected return, understands how capitalised development costs affect the " +
              "P&L, and manages unit economics such as infrastructure cost per customer.",
            M5:
              "Owns the engineering budget as a share of revenue, argues investment cases to the CFO and the board, and takes " +
              "build, buy or partner decisions with their full financial consequences in view.",
          },
        },
        {
          key: "product-partnership",
          name: "Product partnership",
          description:
            "Works as a peer to product management: understands customers, shapes what gets built, and trades scope, time and quality openly.",
          pillar: "SKILLS",
          domain: "PRODUCT",
          expectations: {
            M1:
              "Plans the quarter together with the team's product manager, knows the team's users and the measures that show " +
              "whether a feature worked, and offers technical options that change a feature's cost or timing.",
            M2:
              "Co-owns the roadmap of several teams with the product leads, pushes for measurable outcomes over output, and " +
              "brings engineering insight, such as new platform capabilities, into product discovery.",
            M3:
              "Shapes the product strategy for the group's objective with the product director, uses customer and usage data " +
              "to back or challenge proposals, and sequences bets so value reaches customers early.",
            M4:
              "Decides with the product organisation how to split investment between product lines, and makes engineering " +
              "capacity follow the product strategy rather than historical team sizes.",
            M5:
              "Co-owns the company's product and technology direction with the chief product officer, and is fluent in the " +
              "company's market, pricing and customers.",
          },
        },
        {
          key: "acquisitions-integration",
          name: "Acquisitions: due diligence and integration",
          description:
            "Assesses technology and teams in due diligence, and integrates acquired teams and systems without losing the people who made them valuable.",
          pillar: "SKILLS",
          domain: "M_AND_A",
          expectations: {
            M1:
              "Brings engineers from an acquired company into the team, learns how they worked before, and pairs them with " +
              "long-standing members so they become productive without being forced to drop what worked.",
            M2:
              "Runs the day-to-day integration of an acquired team (access, tooling, on-call, levelling in this framework) " +
              "and follows its engagement and retention risk closely through the first year.",
            M3:
              "Contributes the engineering part of due diligence on a target (architecture, security, technical debt, key " +
              "people) and leads the plan that integrates an acquired team into the group.",
            M4:
              "Leads engineering due diligence on acquisitions with estimates of integration cost and time, and owns the " +
              "integration of acquired platforms and teams across the portfolio, including keeping their key engineers.",
            M5:
              "Advises the executive team and corporate development on which acquisitions make technical and organisational " +
              "sense, signs off engineering due diligence, and answers for whether integration delivers the value the deal assumed.",
          },
        },
        {
          key: "learning-experimentation",
          name: "Learning and experimentation",
          description:
            "Builds a habit of learning and controlled experiments, adopting new tools and practices (AI assistants among them) on evidence rather than hype.",
          pillar: "SKILLS",
          domain: "ENGINEERING",
          expectations: {
            M1:
              "Protects regular learning time for the team and runs small, time-boxed trials of new tools or practices, such " +
              "as an AI coding-assistant pilot, with a success measure agreed beforehand, keeping or dropping them on the result.",
            M2:
              "Spreads practices that worked from one team to the others, stops experiments that show no benefit, and keeps a " +
              "record of experiments and outcomes so the same trial is not repeated.",
            M3:
              "Sets the group's learning budget against the skills its objective needs, and rolls out new technology such as " +
              "AI tools with guardrails for security, cost and quality.",
            M4:
              "Keeps a view of emerging technology relevant to the portfolio, funds a few deliberate bets, and declines " +
              "fashionable ones that do not serve the strategy.",
            M5:
              "Sets engineering's position on major technology shifts such as AI, covering policy, investment and skills, and " +
              "makes learning and evidence-based adoption part of everyone's job rather than a side activity.",
          },
        },
      ],
    },
    {
      key: "ic",
      name: "Individual contributor",
      kind: "INDIVIDUAL_CONTRIBUTOR",
      levels: [
        {
          code: "E1",
          name: "Engineer",
          summary:
            "Delivers well-defined tasks in one team's codebase with guidance, while learning the team's systems and practices.",
        },
        {
          code: "E2",
          name: "Engineer II",
          summary:
            "Delivers features end to end within the team with little guidance, owns small components and takes a full share of on-call.",
        },
        {
          code: "E3",
          name: "Senior Engineer",
          summary:
            "Leads the technical delivery of the team's multi-week projects and owns its main systems; mentors others and " +
            "shapes the team's engineering practices.",
        },
        {
          code: "E4",
          name: "Staff Engineer",
          summary:
            "Sets technical direction across several teams six to twelve months ahead, and solves the problems no single team owns.",
        },
        {
          code: "E5",
          name: "Principal Engineer",
          summary:
            "Shapes the technical strategy of the whole engineering organisation over several years and leads its " +
            "highest-risk, highest-leverage technical decisions.",
        },
      ],
      competencies: [
        {
          key: "code-quality",
          name: "Code quality and testing",
          description:
            "Writes code that is correct, readable, tested and easy to change, and raises the standard of others' code through review.",
          pillar: "QUALITY",
          domain: "ENGINEERING",
          expectations: {
            E1:
              "Writes readable code with unit tests for the tasks they are given, follows the team's conventions, and acts on " +
              "review feedback without needing it repeated.",
            E2:
              "Ships features with suitable unit and integration tests, gives peers useful reviews, and leaves the code they " +
              "touch clearer than they found it.",
            E3:
              "Sets the testing and review standards for the team's main systems, catches design problems in review before " +
              "they ship, and lowers the team's change failure rate through better tests and tooling.",
            E4:
              "Raises quality across several teams through shared libraries, static analysis and a common test strategy, and " +
              "is asked to review the riskiest changes.",
            E5:
              "Defines engineering-wide standards for code quality and testing, and leads efforts that measurably reduce " +
              "defects and incidents across the organisation.",
          },
        },
        {
          key: "system-design",
          name: "System design and architecture",
          description: "Designs systems that meet today's needs, can evolve, and make their trade-offs explicit.",
          pillar: "QUALITY",
          domain: "ENGINEERING",
          expectations: {
            E1: "Understands the design of the components they work on and can explain how data flows through them.",
            E2:
              "Designs small components and features, writing a short design note with the options and the chosen trade-off " +
              "before building.",
            E3:
              "Designs the team's multi-week projects in design documents that others review and build from, and plans " +
              "migrations that avoid downtime.",
            E4:
              "Designs systems that span several teams, defines the interfaces and data ownership between them, and writes " +
              "the decision records other teams follow.",
            E5:
              "Sets the long-term architecture of major parts of the platform, makes irreversible decisions with a clear case " +
              "on cost and risk, and reviews the designs with company-wide consequences.",
          },
        },
        {
          key: "operating-in-production",
          name: "Operating in production",
          description:
            "Ships small changes safely and keeps what they ship running: monitoring, on-call and incident response.",
          pillar: "QUALITY",
          domain: "DELIVERY",
          expectations: {
            E1:
              "Ships small changes through the team's pipeline, checks dashboards after each deploy, and shadows on-call to " +
              "learn the team's runbooks.",
            E2:
              "Takes a full share of on-call, resolves common incidents from the runbooks, adds monitoring and alerts for " +
              "what they ship, and releases behind feature flags.",
            E3:
              "Leads incident response for the team's services, writes blameless reviews that lead to lasting fixes, and " +
              "improves the team's deployment frequency and time to restore.",
            E4:
              "Leads the response to major incidents across teams, designs graceful degradation and recovery testing into " +
              "shared systems, and improves the delivery pipeline several teams use.",
            E5:
              "Defines the organisation's reliability practices, such as SLOs, disaster recovery and progressive delivery, " +
              "and removes whole classes of customer-facing incident across the company.",
          },
        },
        {
          key: "collaboration-trust",
          name: "Collaboration and trust",
          description:
            "Works openly with others, gives and takes feedback well, and makes it safe for colleagues to ask questions and admit mistakes.",
          pillar: "ENGAGEMENT",
          domain: "PEOPLE",
          expectations: {
            E1:
              "Asks for help when stuck instead of waiting, shares progress openly with the team, and takes feedback " +
              "constructively.",
            E2:
              "Gives teammates direct, kind feedback in reviews and retrospectives, owns up to their own mistakes, and works " +
              "smoothly with product and design peers.",
            E3:
              "Keeps a team climate in which newer engineers ask questions freely, settles technical disagreements on " +
              "evidence, and represents the team constructively in cross-team discussions.",
            E4:
              "Builds trust between teams with competing priorities, mediates technical disputes fairly, and is someone " +
              "engineers in several teams come to with concerns.",
            E5:
              "Models open, respectful technical debate across the organisation, influences leaders without formal authority, " +
              "and is trusted by engineering and business leaders for candid assessments.",
          },
        },
        {
          key: "ownership-autonomy",
          name: "Ownership and autonomy",
          description: "Takes responsibility for outcomes, works independently towards clear goals, and follows through.",
          pillar: "ENGAGEMENT",
          domain: "DELIVERY",
          expectations: {
            E1:
              "Completes well-defined tasks with guidance, keeps their status up to date, and raises blockers within a day.",
            E2:
              "Owns features from breakdown to release with little guidance, makes sound decisions alone, and escalates only " +
              "what needs escalating.",
            E3:
              "Owns the team's multi-week projects, splits them into increments that ship value early, manages dependencies " +
              "and keeps stakeholders informed of risk.",
            E4:
              "Takes on problems that no single team owns, drives them to completion across team boundaries, and unblocks " +
              "other teams without being asked.",
            E5:
              "Picks the problems that most limit the organisation's progress, sets their direction for a year or more, and " +
              "sees them through changes of priority and people.",
          },
        },
        {
          key: "mentoring-hiring",
          name: "Mentoring and hiring",
          description: "Helps others grow, and helps the organisation hire and keep strong engineers.",
          pillar: "GROWTH",
          domain: "PEOPLE",
          expectations: {
            E1:
              "Writes down what they learn so the next person finds it faster, and helps newer joiners with setup and " +
              "onboarding questions.",
            E2:
              "Pairs with and mentors newer engineers on the team, and interviews candidates against the team's structured " +
              "criteria.",
            E3:
              "Mentors several engineers towards their next level with regular, specific feedback, leads interview loops, and " +
              "brings new hires up to speed.",
            E4:
              "Mentors senior engineers across several teams, grows future staff engineers, and shapes the hiring bar and " +
              "interviews for senior technical roles.",
            E5:
              "Develops staff engineers and technical leaders across the organisation, attracts senior candidates through " +
              "their reputation, and helps shape the individual-contributor career track.",
          },
        },
        {
          key: "learning-experimentation",
          name: "Learning and experimentation",
          description:
            "Keeps skills current and tries new tools and techniques, AI assistants among them, through measured experiments rather than following trends.",
          pillar: "SKILLS",
          domain: "ENGINEERING",
          expectations: {
            E1:
              "Learns the team's stack and tools deliberately, and uses AI coding assistants within the team's guidelines, " +
              "checking their output rather than trusting it.",
            E2:
              "Builds depth in at least one area of the team's stack, and runs small trials of new tools whose results they " +
              "share with the team.",
            E3:
              "Sets success measures before the team adopts a new tool or practice, for example comparing lead time with and " +
              "without an AI assistant, and decides on the evidence.",
            E4:
              "Evaluates emerging technology for several teams, runs pilots with guardrails for security and cost, and writes " +
              "recommendations that separate real gains from hype.",
            E5:
              "Sets the organisation's technical position on emerging technology, including where AI should and should not be " +
              "used, and is recognised outside the company through talks, papers or open source.",
          },
        },
        {
          key: "product-judgement",
          name: "Product and business judgement",
          description: "Understands users and the business, and uses that understanding to make better technical choices.",
          pillar: "SKILLS",
          domain: "PRODUCT",
          expectations: {
            E1: "Knows who uses the features they build and why, and asks about the user need when a task is unclear.",
            E2:
              "Checks with usage data whether shipped features met their goal, and suggests simpler alternatives when a " +
              "requirement is costly to build.",
            E3:
              "Shapes the team's roadmap with the product manager, argues for technical work in terms of its business value, " +
              "and weighs cost, such as cloud spend, in design choices.",
            E4:
              "Connects technical strategy across several teams to product and business goals, and quantifies the cost and " +
              "benefit of major technical investments.",
            E5:
              "Advises company leadership on how technology shapes product and business strategy, spots products that new " +
              "technology makes possible, and judges large build-versus-buy decisions.",
          },
        },
      ],
    },
  ],
};
