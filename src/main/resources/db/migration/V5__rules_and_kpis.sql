-- Schema v5: versioned rule sets, KPI targets per tier with per-SKU overrides, manual price limits.
-- Rule sets are append-only: every edit is a new version, so every decision can name the version it used.

CREATE TABLE rule_set_version (
    version    INT                      NOT NULL PRIMARY KEY,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    note       VARCHAR(500),
    rules_json CLOB                     NOT NULL,
    CONSTRAINT rule_set_version_positive_ck CHECK (version > 0)
);

CREATE TABLE kpi_tier_target (
    tier                  VARCHAR(16)   NOT NULL PRIMARY KEY,
    min_margin_pct        DECIMAL(7, 3) NOT NULL,
    target_margin_pct     DECIMAL(7, 3),
    min_roi_pct           DECIMAL(9, 3),
    max_days_of_cover     DECIMAL(9, 2),
    min_conversion_pct    DECIMAL(7, 3),
    max_acos_pct          DECIMAL(7, 3),
    max_tacos_pct         DECIMAL(7, 3),
    max_bsr               INT,
    min_buy_box_share_pct DECIMAL(7, 3),
    CONSTRAINT kpi_tier_target_tier_ck CHECK (tier IN ('HERO', 'REGULAR', 'LAUNCH', 'CLEARANCE'))
);

-- NULL means "as the tier says".
CREATE TABLE kpi_sku_override (
    seller_sku            VARCHAR(64)   NOT NULL PRIMARY KEY REFERENCES sku (seller_sku) ON DELETE CASCADE,
    min_margin_pct        DECIMAL(7, 3),
    target_margin_pct     DECIMAL(7, 3),
    min_roi_pct           DECIMAL(9, 3),
    max_days_of_cover     DECIMAL(9, 2),
    min_conversion_pct    DECIMAL(7, 3),
    max_acos_pct          DECIMAL(7, 3),
    max_tacos_pct         DECIMAL(7, 3),
    max_bsr               INT,
    min_buy_box_share_pct DECIMAL(7, 3)
);

CREATE TABLE sku_price_limit (
    seller_sku VARCHAR(64)    NOT NULL PRIMARY KEY REFERENCES sku (seller_sku) ON DELETE CASCADE,
    min_price  DECIMAL(12, 2),
    max_price  DECIMAL(12, 2),
    currency   CHAR(3)        NOT NULL DEFAULT 'USD',
    CONSTRAINT sku_price_limit_positive_ck CHECK ((min_price IS NULL OR min_price > 0) AND (max_price IS NULL OR max_price > 0))
);
