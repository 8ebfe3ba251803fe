-- Schema v15: import history packed per chunk (store/ChangePack) instead of one JSON row per SKU.
-- Storing the before/after JSON of every SKU (~100 MB of text and 100,000 rows with their index
-- entries for a 100,000-row sheet) in the import's one transaction was most of what a commit added to
-- reading the sheet. New batches write one row per chunk of changes here, with exact values in a
-- compact binary form; changes stored before v15 stay in import_batch_change and are read (and
-- reverted) from there, so no history is rewritten.
CREATE TABLE import_batch_chunk (
    batch_id BIGINT             NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    chunk_no INT                NOT NULL,
    changes  VARBINARY(16000000) NOT NULL,
    PRIMARY KEY (batch_id, chunk_no)
);
