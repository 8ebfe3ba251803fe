package com.pricedesk.app.repricing;

/** The seller asked about a SKU the workspace does not hold. */
public final class UnknownSkuException extends RuntimeException {
    private final String sellerSku;

    public UnknownSkuException(String sellerSku) {
        super("No SKU '" + sellerSku + "' in this workspace");
        this.sellerSku = sellerSku;
    }

    public String sellerSku() {
        return sellerSku;
    }
}
