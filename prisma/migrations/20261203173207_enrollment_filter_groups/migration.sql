-- Enrollment filter groups (issue 14 item 4, SPEC §5): "enrollmentFilters" (one AND list, with
-- live chat and Facebook Messenger left out by a hidden rule unless a filter named their source)
-- becomes "enrollmentFilterGroups" (OR of groups, each an AND of filters). Each workflow gets one
-- group: its old filters plus "source is none of" the excluded sources they do not name
-- ("source is Chat" or "source is any of [... Chat ...]"), so it decides exactly as before
-- (lib/automation groupsFromLegacyFilters does the same; tests/integration/
-- enrollment-groups-migration.test.ts checks both against the old rule). Filters that were not a
-- list enrolled nobody and still do (the group does not parse).

-- AlterTable
ALTER TABLE "Workflow" ADD COLUMN "enrollmentFilterGroups" JSONB NOT NULL DEFAULT '[[{"property":"source","operator":"is_none_of","value":["CHAT","MESSENGER"]}]]';

UPDATE "Workflow" AS w
SET "enrollmentFilterGroups" = CASE
  WHEN jsonb_typeof(w."enrollmentFilters") <> 'array' THEN jsonb_build_array(w."enrollmentFilters")
  ELSE jsonb_build_array(
    w."enrollmentFilters" || COALESCE(
      (
        SELECT jsonb_build_array(
          jsonb_build_object('property', 'source', 'operator', 'is_none_of', 'value', jsonb_agg(excluded.source ORDER BY excluded.position))
        )
        FROM unnest(ARRAY['CHAT', 'MESSENGER']) WITH ORDINALITY AS excluded(source, position)
        WHERE NOT EXISTS (
          SELECT 1 FROM jsonb_array_elements(w."enrollmentFilters") AS f(filter)
          WHERE f.filter ->> 'property' = 'source'
            AND (
              (f.filter ->> 'operator' = 'is' AND f.filter ->> 'value' = excluded.source)
              OR (
                f.filter ->> 'operator' = 'is_any_of'
                AND jsonb_typeof(f.filter -> 'value') = 'array'
                AND f.filter -> 'value' @> jsonb_build_array(excluded.source)
              )
            )
        )
        HAVING count(*) > 0
      ),
      '[]'::jsonb
    )
  )
END;

ALTER TABLE "Workflow" DROP COLUMN "enrollmentFilters";
