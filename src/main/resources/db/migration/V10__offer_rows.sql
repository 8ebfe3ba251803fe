-- Schema v10: every offer of each offers snapshot, not only the cheapest competitor. The rules read
-- competitors by channel, condition, feedback and handling time, never count our own offer, and the
-- suspicious-price guard compares a competitor with its own recent median: all of that needs the
-- individual offers. Rows belong to one offer_snapshot (seller_sku, as_of); a repeated sync of the
-- same snapshot replaces its rows, so syncing twice stores each offer once.

CREATE TABLE offer_row (
    seller_sku          VARCHAR(64)   NOT NULL,
    as_of               TIMESTAMP WITH TIME ZONE NOT NULL,
    position            SMALLINT      NOT NULL,
    seller_id           VARCHAR(64)   NOT NULL,
    listing_price       DECIMAL(12, 2) NOT NULL,
    shipping            DECIMAL(12, 2) NOT NULL,
    landed_price        DECIMAL(12, 2) NOT NULL,
    channel             CHAR(3)       NOT NULL,
    item_condition      VARCHAR(12)   NOT NULL,
    feedback_rating_pct DECIMAL(5, 2),
    handling_days       SMALLINT,
    is_buy_box_winner   BOOLEAN       NOT NULL,
    is_ours             BOOLEAN       NOT NULL,
    CONSTRAINT offer_row_pk PRIMARY KEY (seller_sku, as_of, position),
    CONSTRAINT offer_row_channel_ck CHECK (channel IN ('FBA', 'FBM')),
    CONSTRAINT offer_row_condition_ck CHECK (item_condition IN ('NEW', 'USED', 'REFURBISHED', 'COLLECTIBLE'))
);

-- The latest snapshot per SKU is found on offer_snapshot's key (seller_sku, as_of); its rows are then
-- read by the same leading columns of offer_row's key. A competitor's recent median reads a time
-- window across all SKUs:
CREATE INDEX offer_row_as_of_ix ON offer_row (as_of);
