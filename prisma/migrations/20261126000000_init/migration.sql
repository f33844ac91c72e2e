-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('MUNICIPALITY', 'REGION', 'STATE_AGENCY', 'PUBLIC_COMPANY', 'CENTRAL_PURCHASING_BODY', 'ASSOCIATION', 'COMPANY', 'ACADEMIA', 'OTHER');

-- CreateEnum
CREATE TYPE "PlatformRole" AS ENUM ('ADMIN', 'AGENCY_STAFF', 'NONE');

-- CreateEnum
CREATE TYPE "NetworkInitiator" AS ENUM ('AGENCY', 'BUYER');

-- CreateEnum
CREATE TYPE "NetworkStatus" AS ENUM ('FORMING', 'ACTIVE', 'DORMANT', 'CLOSED');

-- CreateEnum
CREATE TYPE "MembershipPolicy" AS ENUM ('OPEN', 'APPROVAL', 'INVITATION');

-- CreateEnum
CREATE TYPE "FundingKind" AS ENUM ('BASE', 'PROJECT', 'MEMBERSHIP_FEES');

-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('COORDINATOR', 'STEERING', 'MEMBER', 'OBSERVER');

-- CreateEnum
CREATE TYPE "MembershipStatus" AS ENUM ('ACTIVE', 'LEFT', 'REMOVED');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('ALLOWED', 'DENIED');

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organizationNumber" TEXT,
    "kind" "OrganizationKind" NOT NULL,
    "countyCode" TEXT,
    "scbCode" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT,
    "organizationId" TEXT,
    "title" TEXT,
    "platformRole" "PlatformRole" NOT NULL DEFAULT 'NONE',
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "email" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "lastFailureAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("email")
);

-- CreateTable
CREATE TABLE "ThematicArea" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameSv" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "ThematicArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Network" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "descriptionSv" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "initiator" "NetworkInitiator" NOT NULL,
    "status" "NetworkStatus" NOT NULL,
    "startYear" INTEGER,
    "arrangerId" TEXT,
    "membershipPolicy" "MembershipPolicy" NOT NULL DEFAULT 'APPROVAL',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Network_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkFact" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "textSv" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourcePage" INTEGER,

    CONSTRAINT "NetworkFact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkFunder" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "funderOrganizationId" TEXT,
    "kind" "FundingKind" NOT NULL,
    "periodStart" DATE,
    "periodEnd" DATE,

    CONSTRAINT "NetworkFunder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL,
    "status" "MembershipStatus" NOT NULL DEFAULT 'ACTIVE',
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leftAt" TIMESTAMP(3),

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "networkId" TEXT,
    "outcome" "AuditOutcome" NOT NULL DEFAULT 'ALLOWED',
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_organizationNumber_key" ON "Organization"("organizationNumber");

-- CreateIndex
CREATE INDEX "Organization_kind_idx" ON "Organization"("kind");

-- CreateIndex
CREATE INDEX "Organization_countyCode_idx" ON "Organization"("countyCode");

-- CreateIndex
CREATE INDEX "Organization_name_idx" ON "Organization"("name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_organizationId_idx" ON "User"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "ThematicArea_slug_key" ON "ThematicArea"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Network_slug_key" ON "Network"("slug");

-- CreateIndex
CREATE INDEX "Network_name_id_idx" ON "Network"("name", "id");

-- CreateIndex
CREATE INDEX "Network_areaId_idx" ON "Network"("areaId");

-- CreateIndex
CREATE INDEX "Network_status_idx" ON "Network"("status");

-- CreateIndex
CREATE INDEX "Network_initiator_idx" ON "Network"("initiator");

-- CreateIndex
CREATE INDEX "Network_arrangerId_idx" ON "Network"("arrangerId");

-- CreateIndex
CREATE UNIQUE INDEX "NetworkFact_networkId_position_key" ON "NetworkFact"("networkId", "position");

-- CreateIndex
CREATE INDEX "NetworkFunder_networkId_idx" ON "NetworkFunder"("networkId");

-- CreateIndex
CREATE INDEX "NetworkFunder_funderOrganizationId_idx" ON "NetworkFunder"("funderOrganizationId");

-- CreateIndex
CREATE INDEX "Membership_networkId_status_idx" ON "Membership"("networkId", "status");

-- CreateIndex
CREATE INDEX "Membership_userId_status_idx" ON "Membership"("userId", "status");

-- CreateIndex
CREATE INDEX "AuditEvent_networkId_createdAt_idx" ON "AuditEvent"("networkId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Network" ADD CONSTRAINT "Network_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "ThematicArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Network" ADD CONSTRAINT "Network_arrangerId_fkey" FOREIGN KEY ("arrangerId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkFact" ADD CONSTRAINT "NetworkFact_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkFunder" ADD CONSTRAINT "NetworkFunder_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkFunder" ADD CONSTRAINT "NetworkFunder_funderOrganizationId_fkey" FOREIGN KEY ("funderOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Written by hand: rules the Prisma schema cannot express.
-- Emails are stored in lower case, so the unique index makes them unique case-insensitively.
ALTER TABLE "User" ADD CONSTRAINT "User_email_lowercase" CHECK ("email" = lower("email"));
-- A funding row names a funder organisation, except membership fees, which come from the members.
ALTER TABLE "NetworkFunder" ADD CONSTRAINT "NetworkFunder_funder_matches_kind"
  CHECK (("kind" = 'MEMBERSHIP_FEES') = ("funderOrganizationId" IS NULL));
ALTER TABLE "NetworkFunder" ADD CONSTRAINT "NetworkFunder_period_order"
  CHECK ("periodStart" IS NULL OR "periodEnd" IS NULL OR "periodStart" <= "periodEnd");
