-- Schema v19: the sku table loses its secondary index on asin.
-- No query looks SKUs up by ASIN in the database (the grid, the Ads import and the syncs match
-- ASINs in memory after reading the SKUs), yet every SKU written paid for the index: one more B-tree
-- entry inserted, logged for undo and walked again at commit. A 100,000-row cost-sheet import writes
-- five such maps per new SKU; this makes it four. The asin column and its values are unchanged.
DROP INDEX IF EXISTS sku_asin_ix;
