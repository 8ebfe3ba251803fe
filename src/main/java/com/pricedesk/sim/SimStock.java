package com.pricedesk.sim;

/** Stock of one listing: sellable now, on the way, held back, and the sellable units by age since receipt. */
public record SimStock(int fulfillable, int inbound, int reserved, int age0To90, int age91To180, int age181To270,
                       int age271To365, int age365Plus) {

    public static SimStock of(int quantity) {
        int reserved = quantity / 10;
        return new SimStock(quantity - reserved, 0, reserved, quantity - reserved, 0, 0, 0, 0);
    }

    public int total() {
        return fulfillable + inbound + reserved;
    }
}
