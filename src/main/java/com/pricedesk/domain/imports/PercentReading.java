package com.pricedesk.domain.imports;

/**
 * How plain numbers in a percent column are read. 12.5% and a cell formatted as percent are
 * unambiguous; a bare 12.5 or 0.125 is decided per column and reported in the preview.
 */
public enum PercentReading {
    /** 12.5 means 12.5%: the header says % or the column holds numbers above 1 */
    POINTS,
    /** 0.125 means 12.5%: what Excel stores for a percent typed without a percent format */
    FRACTION
}
