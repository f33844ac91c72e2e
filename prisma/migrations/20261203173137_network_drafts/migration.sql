-- AlterTable
ALTER TABLE "CharterVersion" ADD COLUMN     "stakeholderRelations" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Network" ADD COLUMN     "aboutEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "aboutSv" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "contactName" TEXT,
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "unpublishedReason" TEXT;

-- CreateTable
CREATE TABLE "NetworkSlugRedirect" (
    "slug" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NetworkSlugRedirect_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE INDEX "NetworkSlugRedirect_networkId_idx" ON "NetworkSlugRedirect"("networkId");

-- CreateIndex
CREATE INDEX "Network_publishedAt_idx" ON "Network"("publishedAt");

-- AddForeignKey
ALTER TABLE "NetworkSlugRedirect" ADD CONSTRAINT "NetworkSlugRedirect_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------
-- Written by hand (docs/decisions/0017-starting-a-network.md).
-- ---------------------------------------------------------------------------------------

-- Every network that exists was public before drafts existed: it stays public, as of the day
-- it was created, so nothing disappears from the registry, the overview or open data.
UPDATE "Network" SET "publishedAt" = "createdAt";

-- An admin's reason for taking a network down belongs to a network that is down.
ALTER TABLE "Network" ADD CONSTRAINT "Network_unpublished_reason_only_when_unpublished"
  CHECK ("unpublishedReason" IS NULL OR "publishedAt" IS NULL);

-- Addresses are compared in lower case everywhere (like User.email).
ALTER TABLE "Network" ADD CONSTRAINT "Network_contact_email_lower_case" CHECK ("contactEmail" = lower("contactEmail"));
