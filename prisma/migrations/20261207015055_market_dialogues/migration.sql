-- CreateEnum
CREATE TYPE "DialogueForm" AS ENUM ('RFI', 'INFO_MEETING', 'ONE_TO_ONE', 'CONSULTATION');

-- CreateEnum
CREATE TYPE "DialogueStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED', 'SUMMARY_PUBLISHED', 'CANCELLED');

-- CreateTable
CREATE TABLE "MarketDialogue" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "learningGoals" TEXT NOT NULL DEFAULT '',
    "form" "DialogueForm" NOT NULL,
    "status" "DialogueStatus" NOT NULL DEFAULT 'DRAFT',
    "howToTakePart" TEXT NOT NULL DEFAULT '',
    "closesAt" TIMESTAMP(3) NOT NULL,
    "questionsCloseAt" TIMESTAMP(3) NOT NULL,
    "eventStartsAt" TIMESTAMP(3),
    "eventEndsAt" TIMESTAMP(3),
    "place" TEXT,
    "onlineUrl" TEXT,
    "capacity" INTEGER,
    "registrationClosesAt" TIMESTAMP(3),
    "documentUrl" TEXT,
    "rfiQuestions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "summary" TEXT NOT NULL DEFAULT '',
    "summaryPublishedAt" TIMESTAMP(3),
    "cancelledReason" TEXT,
    "publishedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MarketDialogue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MarketDialogueNeed" (
    "dialogueId" TEXT NOT NULL,
    "needId" TEXT NOT NULL,

    CONSTRAINT "MarketDialogueNeed_pkey" PRIMARY KEY ("dialogueId","needId")
);

-- CreateTable
CREATE TABLE "DialogueSignUp" (
    "id" TEXT NOT NULL,
    "dialogueId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "signedUpAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "DialogueSignUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DialogueQuestion" (
    "id" TEXT NOT NULL,
    "dialogueId" TEXT NOT NULL,
    "askedById" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "askedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DialogueQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DialogueAnswer" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "authorId" TEXT,

    CONSTRAINT "DialogueAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DialogueDocument" (
    "id" TEXT NOT NULL,
    "dialogueId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "addedById" TEXT,

    CONSTRAINT "DialogueDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DialogueResponse" (
    "id" TEXT NOT NULL,
    "dialogueId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DialogueResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DialogueResponsePart" (
    "responseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "secret" BOOLEAN NOT NULL DEFAULT false,
    "secretReason" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "DialogueResponsePart_pkey" PRIMARY KEY ("responseId","position")
);

-- CreateTable
CREATE TABLE "DialogueSlot" (
    "id" TEXT NOT NULL,
    "dialogueId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "bookedByOrganizationId" TEXT,
    "bookedById" TEXT,
    "bookedAt" TIMESTAMP(3),
    "notes" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "DialogueSlot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MarketDialogue_networkId_createdAt_idx" ON "MarketDialogue"("networkId", "createdAt");

-- CreateIndex
CREATE INDEX "MarketDialogue_status_closesAt_idx" ON "MarketDialogue"("status", "closesAt");

-- CreateIndex
CREATE INDEX "MarketDialogueNeed_needId_idx" ON "MarketDialogueNeed"("needId");

-- CreateIndex
CREATE INDEX "DialogueSignUp_userId_withdrawnAt_idx" ON "DialogueSignUp"("userId", "withdrawnAt");

-- CreateIndex
CREATE INDEX "DialogueSignUp_dialogueId_withdrawnAt_idx" ON "DialogueSignUp"("dialogueId", "withdrawnAt");

-- CreateIndex
CREATE UNIQUE INDEX "DialogueSignUp_dialogueId_userId_key" ON "DialogueSignUp"("dialogueId", "userId");

-- CreateIndex
CREATE INDEX "DialogueQuestion_dialogueId_askedAt_idx" ON "DialogueQuestion"("dialogueId", "askedAt");

-- CreateIndex
CREATE INDEX "DialogueQuestion_askedById_idx" ON "DialogueQuestion"("askedById");

-- CreateIndex
CREATE UNIQUE INDEX "DialogueAnswer_questionId_version_key" ON "DialogueAnswer"("questionId", "version");

-- CreateIndex
CREATE INDEX "DialogueDocument_dialogueId_addedAt_idx" ON "DialogueDocument"("dialogueId", "addedAt");

-- CreateIndex
CREATE UNIQUE INDEX "DialogueResponse_dialogueId_organizationId_key" ON "DialogueResponse"("dialogueId", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "DialogueSlot_dialogueId_startsAt_key" ON "DialogueSlot"("dialogueId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "DialogueSlot_dialogueId_bookedByOrganizationId_key" ON "DialogueSlot"("dialogueId", "bookedByOrganizationId");

-- AddForeignKey
ALTER TABLE "MarketDialogue" ADD CONSTRAINT "MarketDialogue_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MarketDialogue" ADD CONSTRAINT "MarketDialogue_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MarketDialogueNeed" ADD CONSTRAINT "MarketDialogueNeed_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "MarketDialogue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MarketDialogueNeed" ADD CONSTRAINT "MarketDialogueNeed_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueSignUp" ADD CONSTRAINT "DialogueSignUp_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "MarketDialogue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueSignUp" ADD CONSTRAINT "DialogueSignUp_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueSignUp" ADD CONSTRAINT "DialogueSignUp_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueQuestion" ADD CONSTRAINT "DialogueQuestion_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "MarketDialogue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueQuestion" ADD CONSTRAINT "DialogueQuestion_askedById_fkey" FOREIGN KEY ("askedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueQuestion" ADD CONSTRAINT "DialogueQuestion_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueAnswer" ADD CONSTRAINT "DialogueAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "DialogueQuestion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueAnswer" ADD CONSTRAINT "DialogueAnswer_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueDocument" ADD CONSTRAINT "DialogueDocument_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "MarketDialogue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueDocument" ADD CONSTRAINT "DialogueDocument_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueResponse" ADD CONSTRAINT "DialogueResponse_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "MarketDialogue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueResponse" ADD CONSTRAINT "DialogueResponse_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueResponse" ADD CONSTRAINT "DialogueResponse_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueResponsePart" ADD CONSTRAINT "DialogueResponsePart_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "DialogueResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueSlot" ADD CONSTRAINT "DialogueSlot_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "MarketDialogue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueSlot" ADD CONSTRAINT "DialogueSlot_bookedByOrganizationId_fkey" FOREIGN KEY ("bookedByOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueSlot" ADD CONSTRAINT "DialogueSlot_bookedById_fkey" FOREIGN KEY ("bookedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
