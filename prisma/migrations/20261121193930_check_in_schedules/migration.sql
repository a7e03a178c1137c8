-- CreateTable
CREATE TABLE "CheckInSchedule" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "cadence" "Cadence" NOT NULL,
    "anchor" DATE NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckInSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckInReminder" (
    "userId" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "overdue" INTEGER NOT NULL,

    CONSTRAINT "CheckInReminder_pkey" PRIMARY KEY ("userId","date")
);

-- CreateIndex
CREATE UNIQUE INDEX "CheckInSchedule_personId_effectiveFrom_key" ON "CheckInSchedule"("personId", "effectiveFrom");

-- AddForeignKey
ALTER TABLE "CheckInSchedule" ADD CONSTRAINT "CheckInSchedule_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInReminder" ADD CONSTRAINT "CheckInReminder_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
