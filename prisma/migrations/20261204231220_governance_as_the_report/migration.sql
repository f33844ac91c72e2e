-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Competence" ADD VALUE 'TECHNICIAN';
ALTER TYPE "Competence" ADD VALUE 'BUSINESS_DEVELOPER';

-- AlterTable
ALTER TABLE "CharterVersion" ADD COLUMN     "associationsVote" BOOLEAN NOT NULL DEFAULT false;
