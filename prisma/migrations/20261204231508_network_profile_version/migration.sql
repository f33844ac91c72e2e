-- AlterTable
ALTER TABLE "Network" ADD COLUMN     "profileVersion" INTEGER NOT NULL DEFAULT 1;
