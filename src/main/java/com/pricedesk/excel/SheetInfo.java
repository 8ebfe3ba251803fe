package com.pricedesk.excel;

/** A sheet of a workbook; hidden sheets are never chosen automatically. */
public record SheetInfo(String name, boolean hidden) {
}
