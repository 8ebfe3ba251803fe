package com.pricedesk.app.exports;

import java.util.List;

/**
 * The outcome of writing Amazon's Price &amp; Quantity file: rows written, and the SKUs left out with
 * the reason (no current price, no floor, or a current price outside its floor and ceiling).
 */
public record PriceFileResult(int rows, List<Skipped> skipped) {
    public PriceFileResult {
        skipped = List.copyOf(skipped);
    }

    /** A SKU not written, with a message key and its arguments. */
    public record Skipped(String sellerSku, String key, List<Object> args) {
        public Skipped {
            args = List.copyOf(args);
        }
    }
}
