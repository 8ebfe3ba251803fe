package com.pricedesk.ui.shell;

import java.util.Collection;

/** Where a click on a summary leads: one SKU's detail, or the grid showing just the SKUs behind a figure. */
public interface Navigator {
    void openSku(String sellerSku);

    /** Shows the SKU grid limited to {@code skus}, with {@code label} saying why (e.g. "KPI: breach"). */
    void showSkus(String label, Collection<String> skus);
}
