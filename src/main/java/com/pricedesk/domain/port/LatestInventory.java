package com.pricedesk.domain.port;

import java.util.Map;

/** The fulfillable quantity of each SKU in its latest inventory snapshot (SKUs never synced are absent). */
public interface LatestInventory {
    Map<String, Integer> latestFulfillable();
}
