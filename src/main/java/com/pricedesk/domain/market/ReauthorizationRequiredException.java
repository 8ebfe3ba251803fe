package com.pricedesk.domain.market;

/**
 * Amazon no longer accepts the stored authorisation (refresh token revoked or app deauthorised).
 * Nothing will work until the seller connects the account again, so callers stop rather than retry.
 */
public final class ReauthorizationRequiredException extends MarketplaceException {
    public ReauthorizationRequiredException(MarketplaceError error) {
        super("LWA token exchange", 400, error, null);
    }
}
