-- AlterTable
ALTER TABLE "Network" ADD COLUMN     "contentLocale" TEXT NOT NULL DEFAULT 'sv';

-- The languages Trappan has (src/i18n/locales.ts), as for User.locale.
ALTER TABLE "Network" ADD CONSTRAINT "Network_contentLocale_known" CHECK ("contentLocale" IN ('sv', 'en'));
