package com.pricedesk.domain.imports;

/** How the cells of a recognised column are read. */
public enum ColumnKind {
    TEXT, MONEY, PERCENT, DECIMAL, LENGTH, WEIGHT, DIMENSIONS_WEIGHT, INTEGER, TIER, TAGS, FREIGHT_BASIS,
    /** a price the seller sets (manual minimum, manual maximum, regular price): USD, above zero, whole cents */
    USD_PRICE,
    /** recognised, shown in the preview, but not stored: PriceDesk computes it or keeps it elsewhere */
    NOT_STORED
}
