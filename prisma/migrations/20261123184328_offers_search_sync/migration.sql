-- Offers change a product's best offer, which search sorts and filters by: an offer imported,
-- re-matched or removed queues its product (and the product it was matched to before) for
-- re-indexing through the same job queue as catalog changes.
CREATE TRIGGER "Offer_search_insert" AFTER INSERT ON "Offer" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_search_product_parts_changed();
CREATE TRIGGER "Offer_search_update" AFTER UPDATE ON "Offer" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_search_product_parts_changed();
CREATE TRIGGER "Offer_search_delete" AFTER DELETE ON "Offer" REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION tandem_search_product_parts_changed();
