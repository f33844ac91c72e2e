-- AlterTable
ALTER TABLE "DialogueQuestion" ADD COLUMN     "publicText" TEXT;
