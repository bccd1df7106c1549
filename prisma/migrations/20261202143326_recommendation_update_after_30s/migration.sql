-- The incremental recommendation update rewrites every "for you" list a changed neighbour list
-- reaches (hundreds on the demo store, about 1.7 s on PGlite for one new view). Run 2 s after a
-- burst, a browsing shopper kept the embedded database busy with updates; 30 s folds a whole
-- visit into one. Nothing waits on it: a visitor with events newer than their list is blended
-- live when served.
CREATE OR REPLACE FUNCTION tandem_enqueue_recommendation_update() RETURNS trigger AS $$
BEGIN
  PERFORM 1 FROM "Job"
   WHERE "key" = 'personalization:recommendations' AND "state" = 'PENDING' AND "kind" = 'personalization.update-recommendations';
  IF NOT FOUND THEN
    INSERT INTO "Job" ("kind", "key", "payload", "maxAttempts", "runAt")
    VALUES ('personalization.update-recommendations', 'personalization:recommendations', '{}', 3, LOCALTIMESTAMP + interval '30 seconds');
    PERFORM pg_notify('tandem_jobs', 'personalization.update-recommendations');
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
