-- Schema v7: the shop's daily totals, kept up to date with sku_day by the same transaction that
-- writes it. Summing 10,000 SKUs' rows per day at read time takes seconds; the dashboard's trend
-- must take milliseconds.
CREATE TABLE portfolio_day (
    as_of_date  DATE           NOT NULL PRIMARY KEY,
    units       BIGINT         NOT NULL,
    sales       DECIMAL(16, 2) NOT NULL,
    fees        DECIMAL(16, 2) NOT NULL,
    ad_spend    DECIMAL(16, 2) NOT NULL
);

INSERT INTO portfolio_day (as_of_date, units, sales, fees, ad_spend)
SELECT as_of_date, COALESCE(SUM(units), 0), COALESCE(SUM(ordered_sales), 0),
       COALESCE(SUM(units * fees_per_unit), 0), COALESCE(SUM(ad_spend), 0)
FROM sku_day GROUP BY as_of_date;
