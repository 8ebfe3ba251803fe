package com.pricedesk.domain.queue;

import com.pricedesk.domain.pricing.Explanation;
import java.time.Instant;
import java.util.Optional;

/** Something the seller must look at (预警), e.g. "price changed in Seller Central" or a failed change. */
public record Alert(long id, Instant at, Kind kind, String sellerSku, Optional<Long> changeId, Explanation message) {

    /** What kind of problem the alert reports. */
    public enum Kind { PRICE_CHANGED_OUTSIDE, CHANGE_FAILED, NOT_CONFIRMED }
}
