-- Schema v6: market history synced from Amazon (or the simulator).
-- Snapshots are append-only and keyed by (seller_sku, as_of): storing one observation twice leaves
-- one row, which is what makes a repeated or resumed sync idempotent. No foreign key to sku: the
-- history of a SKU that was removed from the catalogue is still the seller's history.

CREATE TABLE offer_snapshot (
    seller_sku              VARCHAR(64)   NOT NULL,
    as_of                   TIMESTAMP WITH TIME ZONE NOT NULL,
    asin                    VARCHAR(16),
    our_price               DECIMAL(12, 2),
    buy_box_price           DECIMAL(12, 2),
    buy_box_seller_id       VARCHAR(64),
    we_hold_buy_box         BOOLEAN       NOT NULL,
    lowest_competitor_price DECIMAL(12, 2),
    competitor_count        INT           NOT NULL,
    CONSTRAINT offer_snapshot_pk PRIMARY KEY (seller_sku, as_of)
);

CREATE TABLE inventory_snapshot (
    seller_sku       VARCHAR(64) NOT NULL,
    as_of            TIMESTAMP WITH TIME ZONE NOT NULL,
    fulfillable      INT NOT NULL,
    inbound          INT NOT NULL,
    reserved         INT NOT NULL,
    age_0_90         INT,
    age_91_180       INT,
    age_181_270      INT,
    age_271_365      INT,
    age_365_plus     INT,
    CONSTRAINT inventory_snapshot_pk PRIMARY KEY (seller_sku, as_of)
);

-- One row per SKU and day: what `history` and the charts read. Each sync kind fills its own
-- columns; NULL means "not synced for that day", not zero.
CREATE TABLE sku_day (
    seller_sku              VARCHAR(64)   NOT NULL,
    as_of_date              DATE          NOT NULL,
    price                   DECIMAL(12, 2),
    buy_box_price           DECIMAL(12, 2),
    lowest_competitor_price DECIMAL(12, 2),
    units                   INT,
    sessions                INT,
    ordered_sales           DECIMAL(14, 2),
    bsr                     INT,
    ad_spend                DECIMAL(12, 2),
    ad_sales                DECIMAL(14, 2),
    inventory               INT,
    fees_per_unit           DECIMAL(12, 2),
    CONSTRAINT sku_day_pk PRIMARY KEY (seller_sku, as_of_date)
);
-- The portfolio trend sums across SKUs per day.
CREATE INDEX sku_day_day_ix ON sku_day (as_of_date);

-- Per kind of data: last completed sync (the stale-data guard reads fresh_as_of) and, while a sync
-- was interrupted, the last SKU already stored so the next run resumes after it.
CREATE TABLE sync_state (
    kind          VARCHAR(16) NOT NULL PRIMARY KEY,
    fresh_as_of   TIMESTAMP WITH TIME ZONE,
    resume_after  VARCHAR(64),
    last_attempt  TIMESTAMP WITH TIME ZONE
);
