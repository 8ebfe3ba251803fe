-- Schema v16: per SKU, its offers snapshots of the last 40 days before its latest one, each with all
-- its offers, packed into one row (see com.pricedesk.store.RecentOffers), and its latest inventory
-- snapshot in one row. The writer of offer_snapshot/offer_row and of inventory_snapshot rewrites the
-- touched SKUs' rows in the same transaction, so the engine's facts for 100,000 SKUs read 100,000 small
-- rows instead of every offer row of the last 30 days and a GROUP BY over the inventory history.
-- offers IS NULL: not built yet (offers stored before V16); the facts then read that SKU's offer rows,
-- and its next offers write builds it from them.

CREATE TABLE sku_offers (
    seller_sku  VARCHAR(64) NOT NULL PRIMARY KEY,
    offers      VARBINARY
);

INSERT INTO sku_offers (seller_sku) SELECT DISTINCT seller_sku FROM offer_snapshot;

CREATE TABLE sku_inventory_latest (
    seller_sku    VARCHAR(64) NOT NULL PRIMARY KEY,
    as_of         TIMESTAMP WITH TIME ZONE NOT NULL,
    fulfillable   INT NOT NULL,
    age_0_90      INT,
    age_91_180    INT,
    age_181_270   INT,
    age_271_365   INT,
    age_365_plus  INT
);

INSERT INTO sku_inventory_latest (seller_sku, as_of, fulfillable, age_0_90, age_91_180, age_181_270, age_271_365,
                                  age_365_plus)
SELECT i.seller_sku, i.as_of, i.fulfillable, i.age_0_90, i.age_91_180, i.age_181_270, i.age_271_365, i.age_365_plus
FROM inventory_snapshot i
JOIN (SELECT seller_sku, MAX(as_of) m FROM inventory_snapshot GROUP BY seller_sku) l
  ON i.seller_sku = l.seller_sku AND i.as_of = l.m;
