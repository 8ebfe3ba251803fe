package com.pricedesk.amazon;

import com.pricedesk.domain.market.MarketplaceError;
import com.pricedesk.domain.market.MarketplaceException;

/** A 2xx answer we cannot read: reported, never guessed at. */
final class MalformedResponse {
    private MalformedResponse() {
    }

    static MarketplaceException of(SpApiOperation op, SpApiResponse response) {
        return new MarketplaceException(op.operationId(), response.status(), new MarketplaceError("MalformedResponse",
                "Amazon's answer could not be read (request id " + response.requestId() + ")"), null);
    }
}
