-- Wake job workers without waiting for their next poll: every new search sync job also sends
-- NOTIFY tandem_jobs (delivered when the writer's transaction commits, so a worker woken by it
-- finds the job committed). Workers that do not listen still poll; nothing else changes.
CREATE OR REPLACE FUNCTION tandem_enqueue_search_sync(product_ids TEXT[]) RETURNS void AS $$
DECLARE
  product_id TEXT;
  enqueued BOOLEAN := false;
BEGIN
  -- One index probe per product (on "Job"("key", "state", "id")): a bulk load of thousands of
  -- products stays linear whatever the planner's statistics say (PGlite never analyses).
  FOR product_id IN SELECT DISTINCT id FROM unnest(product_ids) AS u(id) WHERE id IS NOT NULL ORDER BY id LOOP
    PERFORM 1 FROM "Job"
     WHERE "key" = 'product:' || product_id AND "state" = 'PENDING' AND "kind" = 'search.sync-product'
     FOR UPDATE;
    IF NOT FOUND THEN
      INSERT INTO "Job" ("kind", "key", "payload")
      VALUES ('search.sync-product', 'product:' || product_id, jsonb_build_object('productId', product_id));
      enqueued := true;
    END IF;
  END LOOP;
  -- Identical notifications in one transaction are delivered once.
  IF enqueued THEN
    PERFORM pg_notify('tandem_jobs', 'search.sync-product');
  END IF;
END;
$$ LANGUAGE plpgsql;
