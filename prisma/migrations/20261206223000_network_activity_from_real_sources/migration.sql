-- Written by hand: a network's latest activity is the time of real activity (a member
-- joining or leaving, a meeting held, a decision, a need moved or assessed on the ladder),
-- so that the national overview's list of quiet networks means what it says. Until now any
-- membership write, even a role change or an organisation moving county, set it to now().
-- See docs/decisions/0019-funding-periods-and-ended-networks.md.

-- Counts and counties only; activity is kept by the triggers below.
CREATE OR REPLACE FUNCTION trappan_refresh_network_members(network_id text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "NetworkCounty" WHERE "networkId" = network_id;
  INSERT INTO "NetworkCounty" ("networkId", "countyCode")
    SELECT DISTINCT network_id, o."countyCode"
    FROM "Membership" m JOIN "Organization" o ON o.id = m."organizationId"
    WHERE m."networkId" = network_id AND m.status = 'ACTIVE' AND o."countyCode" IS NOT NULL;
  UPDATE "Network" SET
    "memberCount" = (SELECT count(*) FROM "Membership" WHERE "networkId" = network_id AND status = 'ACTIVE'),
    "memberOrganizationCount" = (SELECT count(DISTINCT "organizationId") FROM "Membership" WHERE "networkId" = network_id AND status = 'ACTIVE')
  WHERE id = network_id;
END $$;

-- Moves a network's latest activity forward to `at`, never backward (a need transition
-- recorded with an earlier date does not make a network look quieter) and never into the
-- future (a meeting's planned time is not activity). Columns hold UTC without a time zone.
CREATE FUNCTION trappan_note_network_activity(network_id text, at timestamp) RETURNS void LANGUAGE sql AS $$
  UPDATE "Network" SET "lastActivityAt" = LEAST(at, (now() AT TIME ZONE 'UTC')::timestamp(3))
  WHERE id = network_id AND "lastActivityAt" < LEAST(at, (now() AT TIME ZONE 'UTC')::timestamp(3))
$$;

-- A member joining, leaving or being removed; role and vote changes are not activity.
CREATE FUNCTION trappan_membership_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status THEN
    PERFORM trappan_note_network_activity(NEW."networkId",
      CASE WHEN NEW.status = 'ACTIVE' THEN NEW."joinedAt" ELSE coalesce(NEW."leftAt", (now() AT TIME ZONE 'UTC')::timestamp) END);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER membership_activity AFTER INSERT OR UPDATE OF status ON "Membership"
  FOR EACH ROW EXECUTE FUNCTION trappan_membership_activity();

-- A meeting held: its attendance is recorded.
CREATE FUNCTION trappan_attendance_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM trappan_note_network_activity(m."networkId", NEW."arrivedAt") FROM "Meeting" m WHERE m.id = NEW."meetingId";
  RETURN NULL;
END $$;

CREATE TRIGGER attendance_activity AFTER INSERT ON "MeetingAttendance"
  FOR EACH ROW EXECUTE FUNCTION trappan_attendance_activity();

CREATE FUNCTION trappan_decision_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM trappan_note_network_activity(NEW."networkId", NEW."recordedAt");
  RETURN NULL;
END $$;

CREATE TRIGGER decision_activity AFTER INSERT ON "Decision"
  FOR EACH ROW EXECUTE FUNCTION trappan_decision_activity();

-- A need proposed, moved to another status or assessed on the ladder.
CREATE FUNCTION trappan_need_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM trappan_note_network_activity(n."networkId", NEW."createdAt") FROM "Need" n WHERE n.id = NEW."needId";
  RETURN NULL;
END $$;

CREATE TRIGGER need_transition_activity AFTER INSERT ON "NeedTransition"
  FOR EACH ROW EXECUTE FUNCTION trappan_need_activity();
CREATE TRIGGER maturity_assessment_activity AFTER INSERT ON "MaturityAssessment"
  FOR EACH ROW EXECUTE FUNCTION trappan_need_activity();

-- Recompute what exists from the real sources; a network with none counts from the day it
-- was published (or created, for a draft).
UPDATE "Network" n SET "lastActivityAt" = LEAST((now() AT TIME ZONE 'UTC')::timestamp(3), GREATEST(
  coalesce(n."publishedAt", n."createdAt"),
  (SELECT max(GREATEST(m."joinedAt", m."leftAt")) FROM "Membership" m WHERE m."networkId" = n.id),
  (SELECT max(a."arrivedAt") FROM "MeetingAttendance" a JOIN "Meeting" mt ON mt.id = a."meetingId" WHERE mt."networkId" = n.id),
  (SELECT max(d."recordedAt") FROM "Decision" d WHERE d."networkId" = n.id),
  (SELECT max(t."createdAt") FROM "NeedTransition" t JOIN "Need" nd ON nd.id = t."needId" WHERE nd."networkId" = n.id),
  (SELECT max(s."createdAt") FROM "MaturityAssessment" s JOIN "Need" nd ON nd.id = s."needId" WHERE nd."networkId" = n.id)
));
