-- Schema v11: Amazon Ads report imports are import batches too (kind ADS), so `imports list` shows
-- them and `imports revert` restores the ad figures each SKU-day had before, exactly (NULL: none).

ALTER TABLE import_batch ADD COLUMN kind VARCHAR(16) DEFAULT 'COSTS' NOT NULL;

CREATE TABLE import_batch_ad_day (
    batch_id      BIGINT         NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    seller_sku    VARCHAR(64)    NOT NULL,
    as_of_date    DATE           NOT NULL,
    spend_before  DECIMAL(12, 2),
    sales_before  DECIMAL(14, 2),
    spend_after   DECIMAL(12, 2) NOT NULL,
    sales_after   DECIMAL(14, 2) NOT NULL,
    PRIMARY KEY (batch_id, seller_sku, as_of_date)
);
CREATE INDEX import_batch_ad_day_key_ix ON import_batch_ad_day (seller_sku, as_of_date);
