-- Schema v13: per SKU, the last 40 days of the daily figures the engine's market facts read (units,
-- sessions, ordered sales, rank, ad spend, ad sales, stock), packed into one row (see
-- com.pricedesk.store.RecentDays). Whatever writes sku_day rewrites the touched SKUs' rows in the same
-- transaction, so the facts of 100,000 SKUs read 100,000 small rows instead of ~50 daily rows per SKU.
-- days IS NULL: not built yet (history stored before V13); the facts then read that SKU's daily rows,
-- and its next write builds it from them.

CREATE TABLE sku_recent (
    seller_sku  VARCHAR(64)     NOT NULL PRIMARY KEY,
    last_day    DATE,
    days        VARBINARY(4096)
);

INSERT INTO sku_recent (seller_sku) SELECT seller_sku FROM history_sku;

-- The market facts read our changes sent in the last 14 days (for the damping guards) by send time.
CREATE INDEX price_change_sent_ix ON price_change (send_started_at);
