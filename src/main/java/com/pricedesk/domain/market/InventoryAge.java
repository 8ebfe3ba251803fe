package com.pricedesk.domain.market;

/** FBA units of one SKU by age since receipt, from the inventory planning report; ages drive aged-stock fees. */
public record InventoryAge(String sellerSku, int available, int days0To90, int days91To180, int days181To270,
                           int days271To365, int days365Plus) {
}
