-- Quotes price carts from the active promotions and price lists cached per process and per
-- catalog version (core pricing/rules-cache.ts), so a change to them bumps the catalog version in
-- the writer's transaction and NOTIFYs it at commit, as catalog changes do (migration
-- 20261207020508_catalog_version, whose functions these triggers reuse). Display prices on
-- catalog pages depend on them too, so the catalog's cached reads are dropped with them. A
-- redemption moves only "usedCount": not a new version (every order would then queue on the
-- version row); quotes read the counts of the usage-limited promotions they meet live instead.

-- Updates: a row whose content, but for the columns named as the trigger's arguments, changed.
CREATE OR REPLACE FUNCTION tandem_catalog_rows_updated_ignoring() RETURNS trigger AS $$
BEGIN
  IF EXISTS (SELECT to_jsonb(n) - TG_ARGV::text[] FROM new_rows n EXCEPT SELECT to_jsonb(o) - TG_ARGV::text[] FROM old_rows o) THEN
    PERFORM tandem_bump_catalog_version();
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Promotion_catalog_update" AFTER UPDATE ON "Promotion" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_catalog_rows_updated_ignoring('updatedAt', 'usedCount');
CREATE TRIGGER "PriceList_catalog_update" AFTER UPDATE ON "PriceList" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_catalog_rows_updated_ignoring('updatedAt');

-- Inserts and deletes: any row at all.
DO $$
DECLARE
  target TEXT;
BEGIN
  FOREACH target IN ARRAY ARRAY['Promotion', 'PriceList'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tandem_catalog_rows_changed()', target || '_catalog_insert', target);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tandem_catalog_rows_changed()', target || '_catalog_delete', target);
  END LOOP;
END;
$$;
