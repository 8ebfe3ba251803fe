package com.pricedesk.domain.port;

import com.pricedesk.domain.imports.CostField;
import com.pricedesk.domain.imports.SkuSnapshot;
import java.nio.file.Path;
import java.util.Currency;
import java.util.Map;
import java.util.function.Consumer;

/** Writes SKUs and their costs in the layout the importer reads back unchanged. */
public interface CostSheetSink {

    /** Column headings in the seller's language. */
    enum Headings { ZH, EN }

    /** Money fields whose column holds one currency for every row; absent means mixed (or empty). */
    Map<CostField, Currency> uniformCurrencies(Consumer<Consumer<SkuSnapshot>> rows);

    /** Writes the sheet and returns the number of SKU rows written. */
    int write(Path target, Headings headings, Map<CostField, Currency> currencies, Consumer<Consumer<SkuSnapshot>> rows);
}
