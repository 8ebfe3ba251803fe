package com.pricedesk.domain.imports;

import java.util.List;
import java.util.Map;

/**
 * One data row as read: typed values of the recognised columns (only cells that were filled in and
 * readable) and the problems found in it.
 */
public record CostSheetRow(int rowNumber, Map<CostField, Object> values, List<CellIssue> issues) {

    public String sellerSku() {
        return (String) values.get(CostField.SELLER_SKU);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(CellIssue::isError);
    }
}
