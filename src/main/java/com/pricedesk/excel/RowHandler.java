package com.pricedesk.excel;

/** Receives rows one by one, so a 100,000-row sheet is never held in memory. */
@FunctionalInterface
public interface RowHandler {
    /** @return false to stop reading */
    boolean accept(SheetRow row);
}
