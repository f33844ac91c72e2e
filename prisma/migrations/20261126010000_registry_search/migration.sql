-- DropIndex
DROP INDEX "NetworkFunder_funderOrganizationId_idx";

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "isListed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "organizationId" TEXT;

-- AlterTable
ALTER TABLE "Network" ADD COLUMN     "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "memberCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "memberOrganizationCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "searchVector" tsvector;

-- AlterTable (edited by hand: existing organisations get a slug from their name first)
ALTER TABLE "Organization" ADD COLUMN     "slug" TEXT;
UPDATE "Organization" o SET "slug" = s.slug || CASE WHEN s.n > 1 THEN '-' || s.n ELSE '' END
FROM (
  SELECT id, base AS slug, row_number() OVER (PARTITION BY base ORDER BY "createdAt", id) AS n
  FROM (SELECT id, "createdAt", trim(BOTH '-' FROM regexp_replace(lower(translate(name, 'åäöÅÄÖéÉüÜ', 'aaoaaoeeuu')), '[^a-z0-9]+', '-', 'g')) AS base FROM "Organization") b
) s WHERE s.id = o.id;
ALTER TABLE "Organization" ALTER COLUMN "slug" SET NOT NULL;

-- CreateTable
CREATE TABLE "NetworkCounty" (
    "networkId" TEXT NOT NULL,
    "countyCode" TEXT NOT NULL,

    CONSTRAINT "NetworkCounty_pkey" PRIMARY KEY ("networkId","countyCode")
);

-- CreateIndex
CREATE INDEX "NetworkCounty_countyCode_networkId_idx" ON "NetworkCounty"("countyCode", "networkId");

-- CreateIndex
CREATE INDEX "Membership_organizationId_status_idx" ON "Membership"("organizationId", "status");

-- CreateIndex
CREATE INDEX "Network_startYear_id_idx" ON "Network"("startYear", "id");

-- CreateIndex
CREATE INDEX "Network_memberCount_id_idx" ON "Network"("memberCount", "id");

-- CreateIndex
CREATE INDEX "Network_lastActivityAt_id_idx" ON "Network"("lastActivityAt", "id");

-- CreateIndex
CREATE INDEX "Network_membershipPolicy_idx" ON "Network"("membershipPolicy");

-- CreateIndex
CREATE INDEX "Network_searchVector_idx" ON "Network" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "NetworkFunder_funderOrganizationId_networkId_idx" ON "NetworkFunder"("funderOrganizationId", "networkId");

-- CreateIndex
CREATE INDEX "NetworkFunder_periodEnd_idx" ON "NetworkFunder"("periodEnd");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- AddForeignKey
ALTER TABLE "NetworkCounty" ADD CONSTRAINT "NetworkCounty_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------
-- Written by hand: derived data kept by triggers, so that every way of changing a
-- membership or a network (app, seed, admin SQL) keeps the registry's counts, county
-- facets and search document right. See docs/decisions/0005-registry-search-and-filters.md.
-- ---------------------------------------------------------------------------------------

-- Members represent the organisation they belong to.
UPDATE "Membership" m SET "organizationId" = u."organizationId" FROM "User" u WHERE u.id = m."userId" AND m."organizationId" IS NULL;

-- Member counts, member organisation count, counties and last activity of one network.
CREATE FUNCTION trappan_refresh_network_members(network_id text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "NetworkCounty" WHERE "networkId" = network_id;
  INSERT INTO "NetworkCounty" ("networkId", "countyCode")
    SELECT DISTINCT network_id, o."countyCode"
    FROM "Membership" m JOIN "Organization" o ON o.id = m."organizationId"
    WHERE m."networkId" = network_id AND m.status = 'ACTIVE' AND o."countyCode" IS NOT NULL;
  UPDATE "Network" SET
    "memberCount" = (SELECT count(*) FROM "Membership" WHERE "networkId" = network_id AND status = 'ACTIVE'),
    "memberOrganizationCount" = (SELECT count(DISTINCT "organizationId") FROM "Membership" WHERE "networkId" = network_id AND status = 'ACTIVE'),
    "lastActivityAt" = now()
  WHERE id = network_id;
END $$;

CREATE FUNCTION trappan_membership_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM trappan_refresh_network_members(OLD."networkId"); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW."networkId" <> OLD."networkId") THEN
    PERFORM trappan_refresh_network_members(NEW."networkId");
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER membership_changed AFTER INSERT OR UPDATE OR DELETE ON "Membership"
  FOR EACH ROW EXECUTE FUNCTION trappan_membership_changed();

-- An organisation moving county moves the networks it is a member of.
CREATE FUNCTION trappan_organization_county_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM trappan_refresh_network_members(n."networkId")
  FROM (SELECT DISTINCT "networkId" FROM "Membership" WHERE "organizationId" = NEW.id AND status = 'ACTIVE') n;
  RETURN NULL;
END $$;

CREATE TRIGGER organization_county_changed AFTER UPDATE OF "countyCode" ON "Organization"
  FOR EACH ROW WHEN (OLD."countyCode" IS DISTINCT FROM NEW."countyCode")
  EXECUTE FUNCTION trappan_organization_county_changed();

-- The search document: name (weight A) in every configuration, the thematic area, arranger
-- and funders (B), the descriptions (C); Swedish text with Swedish stemming, English text
-- with English stemming, proper names also unstemmed ('simple').
CREATE FUNCTION trappan_network_search_vector(
  network_id text, name text, description_sv text, description_en text, area_id text, arranger_id text
) RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT
    setweight(to_tsvector('simple', coalesce(name, '')) || to_tsvector('swedish', coalesce(name, '')), 'A') ||
    setweight(coalesce((SELECT to_tsvector('swedish', a."nameSv") || to_tsvector('english', a."nameEn") FROM "ThematicArea" a WHERE a.id = area_id), ''::tsvector), 'B') ||
    setweight(to_tsvector('simple', coalesce((SELECT o.name FROM "Organization" o WHERE o.id = arranger_id), '') || ' ' ||
      coalesce((SELECT string_agg(o.name, ' ') FROM "NetworkFunder" f JOIN "Organization" o ON o.id = f."funderOrganizationId" WHERE f."networkId" = network_id), '')), 'B') ||
    setweight(to_tsvector('swedish', coalesce(description_sv, '')) || to_tsvector('english', coalesce(description_en, '')), 'C')
$$;

CREATE FUNCTION trappan_network_search_document() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := trappan_network_search_vector(NEW.id, NEW.name, NEW."descriptionSv", NEW."descriptionEn", NEW."areaId", NEW."arrangerId");
  RETURN NEW;
END $$;

CREATE TRIGGER network_search_document BEFORE INSERT OR UPDATE OF name, "descriptionSv", "descriptionEn", "areaId", "arrangerId" ON "Network"
  FOR EACH ROW EXECUTE FUNCTION trappan_network_search_document();

-- Recomputes the document of networks whose funders, arranger or area changed elsewhere.
CREATE FUNCTION trappan_reindex_networks(network_ids text[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Network" n SET "searchVector" = trappan_network_search_vector(n.id, n.name, n."descriptionSv", n."descriptionEn", n."areaId", n."arrangerId")
  WHERE n.id = ANY(network_ids)
$$;

CREATE FUNCTION trappan_funder_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM trappan_reindex_networks(ARRAY[CASE WHEN TG_OP = 'DELETE' THEN OLD."networkId" ELSE NEW."networkId" END]);
  RETURN NULL;
END $$;

CREATE TRIGGER funder_changed AFTER INSERT OR UPDATE OR DELETE ON "NetworkFunder"
  FOR EACH ROW EXECUTE FUNCTION trappan_funder_changed();

CREATE FUNCTION trappan_organization_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM trappan_reindex_networks(ARRAY(
    SELECT id FROM "Network" WHERE "arrangerId" = NEW.id
    UNION SELECT "networkId" FROM "NetworkFunder" WHERE "funderOrganizationId" = NEW.id));
  RETURN NULL;
END $$;

CREATE TRIGGER organization_renamed AFTER UPDATE OF name ON "Organization"
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION trappan_organization_renamed();

CREATE FUNCTION trappan_area_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM trappan_reindex_networks(ARRAY(SELECT id FROM "Network" WHERE "areaId" = NEW.id));
  RETURN NULL;
END $$;

CREATE TRIGGER area_renamed AFTER UPDATE OF "nameSv", "nameEn" ON "ThematicArea"
  FOR EACH ROW EXECUTE FUNCTION trappan_area_renamed();

-- Fill the derived data for networks that already exist.
SELECT trappan_reindex_networks(ARRAY(SELECT id FROM "Network"));
SELECT trappan_refresh_network_members(id) FROM "Network";
UPDATE "Network" SET "lastActivityAt" = GREATEST("updatedAt", coalesce((SELECT max("joinedAt") FROM "Membership" m WHERE m."networkId" = "Network".id), "updatedAt"));
