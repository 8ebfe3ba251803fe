-- The seller's regular price per SKU (常规售价: the list price to return to after a promotion or a
-- clearance), the price the "restore the regular price" action goes back to. Set by the seller only.
CREATE TABLE sku_regular_price (
    seller_sku    VARCHAR(64)              NOT NULL PRIMARY KEY REFERENCES sku (seller_sku) ON DELETE CASCADE,
    regular_price DECIMAL(12, 2)           NOT NULL,
    currency      CHAR(3)                  NOT NULL DEFAULT 'USD',
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sku_regular_price_positive_ck CHECK (regular_price > 0)
);

-- Amazon's maximum_seller_allowed_price of our offer (purchasable_offer), as last read from the
-- listing; max_price is NULL when the listing has none. read_at says when, so the listings sync
-- reads the SKUs never read, then the oldest, a bounded number per run.
CREATE TABLE sku_listing_max (
    seller_sku VARCHAR(64)              NOT NULL PRIMARY KEY REFERENCES sku (seller_sku) ON DELETE CASCADE,
    max_price  DECIMAL(12, 2),
    read_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sku_listing_max_positive_ck CHECK (max_price IS NULL OR max_price > 0)
);
CREATE INDEX sku_listing_max_read_at_ix ON sku_listing_max (read_at);
