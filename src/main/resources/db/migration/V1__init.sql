-- Schema v1: the catalogue, its costs, current prices, exchange rates and settings.
-- Money columns are DECIMAL with an explicit currency column beside them; never floating point.

CREATE TABLE sku (
    seller_sku   VARCHAR(64)  NOT NULL PRIMARY KEY,
    asin         VARCHAR(10),
    title        VARCHAR(500) NOT NULL,
    local_title  VARCHAR(200),
    category     VARCHAR(100) NOT NULL,
    tier         VARCHAR(16)  NOT NULL,
    length_cm    DECIMAL(10, 2),
    width_cm     DECIMAL(10, 2),
    height_cm    DECIMAL(10, 2),
    weight_kg    DECIMAL(10, 4),
    created_at   TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT sku_tier_ck CHECK (tier IN ('HERO', 'REGULAR', 'LAUNCH', 'CLEARANCE'))
);
CREATE INDEX sku_asin_ix ON sku (asin);

CREATE TABLE sku_tag (
    seller_sku VARCHAR(64) NOT NULL REFERENCES sku (seller_sku) ON DELETE CASCADE,
    tag        VARCHAR(64) NOT NULL,
    PRIMARY KEY (seller_sku, tag)
);

CREATE TABLE cost_profile (
    seller_sku                 VARCHAR(64)    NOT NULL PRIMARY KEY REFERENCES sku (seller_sku) ON DELETE CASCADE,
    purchase_amount            DECIMAL(14, 4) NOT NULL,
    purchase_currency          CHAR(3)        NOT NULL,
    freight_basis              VARCHAR(10)    NOT NULL,
    freight_amount             DECIMAL(14, 4) NOT NULL,
    freight_currency           CHAR(3)        NOT NULL,
    volumetric_divisor         INT            NOT NULL,
    tariff_pct                 DECIMAL(7, 3)  NOT NULL,
    customs_value_amount       DECIMAL(14, 4),
    customs_value_currency     CHAR(3),
    packaging_amount           DECIMAL(14, 4) NOT NULL,
    packaging_currency         CHAR(3)        NOT NULL,
    labeling_amount            DECIMAL(14, 4) NOT NULL,
    labeling_currency          CHAR(3)        NOT NULL,
    prep_amount                DECIMAL(14, 4) NOT NULL,
    prep_currency              CHAR(3)        NOT NULL,
    other_amount               DECIMAL(14, 4) NOT NULL,
    other_currency             CHAR(3)        NOT NULL,
    inbound_placement_amount   DECIMAL(14, 4) NOT NULL,
    inbound_placement_currency CHAR(3)        NOT NULL,
    return_rate_pct            DECIMAL(7, 3)  NOT NULL,
    unsellable_pct             DECIMAL(7, 3)  NOT NULL,
    tacos_pct                  DECIMAL(7, 3)  NOT NULL,
    storage_months             DECIMAL(6, 2)  NOT NULL,
    updated_at                 TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT cost_freight_basis_ck CHECK (freight_basis IN ('PER_UNIT', 'PER_KG', 'PER_CBM'))
);

CREATE TABLE current_price (
    seller_sku VARCHAR(64)    NOT NULL PRIMARY KEY REFERENCES sku (seller_sku) ON DELETE CASCADE,
    price      DECIMAL(12, 2) NOT NULL,
    currency   CHAR(3)        NOT NULL DEFAULT 'USD',
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT current_price_positive_ck CHECK (price > 0)
);

CREATE TABLE fx_rate (
    rate_date   DATE           NOT NULL PRIMARY KEY,
    cny_per_usd DECIMAL(12, 6) NOT NULL,
    source      VARCHAR(100),
    CONSTRAINT fx_rate_positive_ck CHECK (cny_per_usd > 0)
);

CREATE TABLE setting (
    setting_key   VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);
