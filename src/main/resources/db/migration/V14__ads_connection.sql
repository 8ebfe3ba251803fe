-- Schema v14: the connected Amazon Ads account, beside the SP-API one in the same single row.
-- All optional: a workspace without them imports the Excel Sponsored Products report instead.
-- Like the SP-API secrets, the Ads client secret and refresh token are stored only sealed, with the
-- same key (key_id); the plain values never reach this file.

ALTER TABLE amazon_connection ADD COLUMN ads_api_endpoint VARCHAR(500);
ALTER TABLE amazon_connection ADD COLUMN ads_lwa_endpoint VARCHAR(500);
ALTER TABLE amazon_connection ADD COLUMN ads_client_id VARCHAR(300);
ALTER TABLE amazon_connection ADD COLUMN ads_profile_id VARCHAR(64);
ALTER TABLE amazon_connection ADD COLUMN ads_client_secret_sealed VARCHAR(2000);
ALTER TABLE amazon_connection ADD COLUMN ads_refresh_token_sealed VARCHAR(4000);
