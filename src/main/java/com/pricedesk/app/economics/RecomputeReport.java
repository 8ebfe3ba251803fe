package com.pricedesk.app.economics;

import java.util.List;

/**
 * What a cost change did to the margin floors: how many SKUs were recomputed, which now sit below
 * their tier's minimum margin (and which of those were fine before), and which could not be computed.
 */
public record RecomputeReport(String change, int recomputed, List<SkuMarginStatus> belowTarget,
                              List<String> newlyBelow, List<SkuMarginStatus> unknown) {
    public RecomputeReport {
        belowTarget = List.copyOf(belowTarget);
        newlyBelow = List.copyOf(newlyBelow);
        unknown = List.copyOf(unknown);
    }
}
