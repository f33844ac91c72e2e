-- CreateEnum
CREATE TYPE "Competence" AS ENUM ('NEED_OWNER', 'SUBJECT_EXPERT', 'PROCURER', 'LAWYER', 'IT', 'ECONOMIST', 'INNOVATION_LEAD', 'PROJECT_MANAGER', 'OTHER');

-- CreateEnum
CREATE TYPE "JoinRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "DecisionRule" AS ENUM ('CONSENSUS', 'SIMPLE_MAJORITY', 'QUALIFIED_MAJORITY');

-- CreateEnum
CREATE TYPE "MeetingFormat" AS ENUM ('PHYSICAL', 'DIGITAL', 'HYBRID');

-- CreateEnum
CREATE TYPE "GroupKind" AS ENUM ('WORKING', 'BUYER', 'REFERENCE');

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "competence" "Competence",
ADD COLUMN     "removedById" TEXT,
ADD COLUMN     "removedReason" TEXT;

-- CreateTable
CREATE TABLE "JoinRequest" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT,
    "motivation" TEXT NOT NULL,
    "competence" "Competence" NOT NULL,
    "status" "JoinRequestStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JoinRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "invitedById" TEXT NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "acceptedById" TEXT,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CharterVersion" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "mission" TEXT NOT NULL,
    "shortTermGoals" TEXT NOT NULL,
    "longTermGoals" TEXT NOT NULL,
    "memberBenefit" TEXT NOT NULL,
    "membershipPolicy" "MembershipPolicy" NOT NULL,
    "decisionRule" "DecisionRule" NOT NULL,
    "qualifiedMajorityPercent" INTEGER,
    "quorumPercent" INTEGER NOT NULL,
    "physicalMeetingsPerYear" INTEGER NOT NULL,
    "meetingFormat" "MeetingFormat" NOT NULL,
    "changedFields" TEXT[],
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CharterVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkGroup" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "kind" "GroupKind" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NetworkGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupMembership" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "addedById" TEXT,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),
    "removedReason" TEXT,

    CONSTRAINT "GroupMembership_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "JoinRequest_networkId_status_createdAt_idx" ON "JoinRequest"("networkId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "JoinRequest_userId_status_idx" ON "JoinRequest"("userId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_networkId_createdAt_idx" ON "Invitation"("networkId", "createdAt");

-- CreateIndex
CREATE INDEX "Invitation_email_idx" ON "Invitation"("email");

-- CreateIndex
CREATE UNIQUE INDEX "CharterVersion_networkId_version_key" ON "CharterVersion"("networkId", "version");

-- CreateIndex
CREATE INDEX "NetworkGroup_networkId_kind_idx" ON "NetworkGroup"("networkId", "kind");

-- CreateIndex
CREATE INDEX "GroupMembership_groupId_removedAt_idx" ON "GroupMembership"("groupId", "removedAt");

-- CreateIndex
CREATE INDEX "GroupMembership_userId_removedAt_idx" ON "GroupMembership"("userId", "removedAt");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_removedById_fkey" FOREIGN KEY ("removedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_acceptedById_fkey" FOREIGN KEY ("acceptedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharterVersion" ADD CONSTRAINT "CharterVersion_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharterVersion" ADD CONSTRAINT "CharterVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkGroup" ADD CONSTRAINT "NetworkGroup_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMembership" ADD CONSTRAINT "GroupMembership_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "NetworkGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMembership" ADD CONSTRAINT "GroupMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMembership" ADD CONSTRAINT "GroupMembership_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rules the database keeps even if application code were wrong (issue: governance).
-- One active membership per person and network; one pending join request; one open place
-- per person and group. Twenty identical requests sent at once therefore leave one row.
CREATE UNIQUE INDEX "Membership_one_active_per_user_and_network" ON "Membership"("userId", "networkId") WHERE "status" = 'ACTIVE';
CREATE UNIQUE INDEX "JoinRequest_one_pending_per_user_and_network" ON "JoinRequest"("networkId", "userId") WHERE "status" = 'PENDING';
CREATE UNIQUE INDEX "GroupMembership_one_open_per_user_and_group" ON "GroupMembership"("groupId", "userId") WHERE "removedAt" IS NULL;

ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_email_lower_case" CHECK ("email" = lower("email"));
ALTER TABLE "CharterVersion" ADD CONSTRAINT "CharterVersion_quorum_range" CHECK ("quorumPercent" BETWEEN 1 AND 100);
ALTER TABLE "CharterVersion" ADD CONSTRAINT "CharterVersion_meetings_range" CHECK ("physicalMeetingsPerYear" BETWEEN 0 AND 52);
ALTER TABLE "CharterVersion" ADD CONSTRAINT "CharterVersion_qualified_majority" CHECK (
  ("decisionRule" = 'QUALIFIED_MAJORITY' AND "qualifiedMajorityPercent" BETWEEN 51 AND 100)
  OR ("decisionRule" <> 'QUALIFIED_MAJORITY' AND "qualifiedMajorityPercent" IS NULL)
);
