-- Written by hand: a network's member organisations are those with an active membership that
-- is not an observer's, and never a company (src/server/member-organizations.ts holds the same
-- rule for the app's queries). A funder observing the network counted as a member
-- organisation, and its county as a county of the members; the arranger's firm did too.
CREATE OR REPLACE FUNCTION trappan_refresh_network_members(network_id text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "NetworkCounty" WHERE "networkId" = network_id;
  INSERT INTO "NetworkCounty" ("networkId", "countyCode")
    SELECT DISTINCT network_id, o."countyCode"
    FROM "Membership" m JOIN "Organization" o ON o.id = m."organizationId"
    WHERE m."networkId" = network_id AND m.status = 'ACTIVE' AND m.role <> 'OBSERVER' AND o.kind <> 'COMPANY' AND o."countyCode" IS NOT NULL;
  UPDATE "Network" SET
    "memberCount" = (SELECT count(*) FROM "Membership" WHERE "networkId" = network_id AND status = 'ACTIVE'),
    "memberOrganizationCount" = (
      SELECT count(DISTINCT m."organizationId")
      FROM "Membership" m JOIN "Organization" o ON o.id = m."organizationId"
      WHERE m."networkId" = network_id AND m.status = 'ACTIVE' AND m.role <> 'OBSERVER' AND o.kind <> 'COMPANY'
    )
  WHERE id = network_id;
END $$;

-- An organisation that changes kind (to or from a company) changes the counts of its networks.
CREATE TRIGGER organization_kind_changed AFTER UPDATE OF kind ON "Organization"
  FOR EACH ROW WHEN (OLD.kind IS DISTINCT FROM NEW.kind)
  EXECUTE FUNCTION trappan_organization_county_changed();

SELECT trappan_refresh_network_members(id) FROM "Network";
