package com.pricedesk.domain.port;

import com.pricedesk.domain.account.AdsAccount;

/** Builds an Ads gateway for one Ads account. */
@FunctionalInterface
public interface AdsConnector {
    AdsGateway connect(AdsAccount account);
}
