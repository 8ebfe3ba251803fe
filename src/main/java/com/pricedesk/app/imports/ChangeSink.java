package com.pricedesk.app.imports;

import com.pricedesk.domain.imports.ImportChange;
import java.util.List;

/**
 * Where a committing import writes its changes chunk by chunk while the file is still being read,
 * so memory does not grow with the sheet. All of it runs inside one transaction.
 */
interface ChangeSink {
    void write(List<ImportChange> chunk);

    /** Takes back what was written for one SKU (its row turned out to be a duplicate). */
    void undo(String sellerSku);
}
