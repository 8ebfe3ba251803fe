package com.pricedesk.app.imports;

import com.pricedesk.domain.imports.ImportChange;
import java.util.Collection;
import java.util.List;

/**
 * Where a committing import writes its changes chunk by chunk while the file is still being read,
 * so memory does not grow with the sheet. All of it runs inside one transaction.
 */
interface ChangeSink {
    void write(List<ImportChange> chunk);

    /** Takes back what was written for these SKUs (their rows turned out to be duplicates). */
    void undo(Collection<String> sellerSkus);
}
