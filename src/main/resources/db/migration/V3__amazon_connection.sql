-- Schema v3: the connected Amazon account (one per workspace).
-- The LWA client secret and refresh token are stored only sealed (AES-GCM with a key kept outside
-- the database, in the data dir's keys/ folder); the plain values never reach this file.

CREATE TABLE amazon_connection (
    id                   INT           NOT NULL PRIMARY KEY,
    sp_api_endpoint      VARCHAR(500)  NOT NULL,
    lwa_endpoint         VARCHAR(500)  NOT NULL,
    client_id            VARCHAR(300)  NOT NULL,
    seller_id            VARCHAR(64)   NOT NULL,
    marketplace_id       VARCHAR(32)   NOT NULL,
    client_secret_sealed VARCHAR(2000) NOT NULL,
    refresh_token_sealed VARCHAR(4000) NOT NULL,
    key_id               VARCHAR(64)   NOT NULL,
    connected_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT amazon_connection_single_ck CHECK (id = 1)
);
