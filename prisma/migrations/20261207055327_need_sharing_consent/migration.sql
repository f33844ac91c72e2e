-- CreateEnum
CREATE TYPE "NeedSharingStatus" AS ENUM ('INVITED', 'CONFIRMED', 'DECLINED');

-- AlterTable
ALTER TABLE "NeedCommitment" ADD COLUMN     "isPublic" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "NeedOrganization" ADD COLUMN     "answeredAt" TIMESTAMP(3),
ADD COLUMN     "status" "NeedSharingStatus" NOT NULL DEFAULT 'INVITED';

-- Organisations listed before consent existed: those that showed they share the need themselves
-- (they stated figures for it, their own person proposed it, or they pressed "we have this need
-- too") are confirmed; the ones only a coordinator ticked stay invited, unnamed in public,
-- until someone of them answers. Figures stated before stay off public pages until their
-- organisation chooses to show them (the column's default above).
UPDATE "NeedOrganization" AS sharing
SET "status" = 'CONFIRMED', "answeredAt" = sharing."addedAt"
WHERE EXISTS (SELECT 1 FROM "NeedCommitment" c WHERE c."needId" = sharing."needId" AND c."organizationId" = sharing."organizationId")
   OR EXISTS (
     SELECT 1 FROM "Need" n JOIN "User" u ON u."id" = n."proposedById"
     WHERE n."id" = sharing."needId" AND u."organizationId" = sharing."organizationId"
   )
   OR EXISTS (
     SELECT 1 FROM "AuditEvent" a
     WHERE a."action" = 'need.share' AND a."outcome" = 'ALLOWED' AND a."entityId" = sharing."needId"
       AND a."after"->>'organizationId' = sharing."organizationId"
   );
