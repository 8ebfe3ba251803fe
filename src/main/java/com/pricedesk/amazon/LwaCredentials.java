package com.pricedesk.amazon;

import com.pricedesk.domain.account.AdsAccount;
import com.pricedesk.domain.account.AmazonAccount;
import com.pricedesk.domain.account.Secret;

/** What the LWA refresh-token grant needs; the SP-API and Ads accounts each supply their own. */
record LwaCredentials(String endpoint, String clientId, Secret clientSecret, Secret refreshToken) {

    static LwaCredentials of(AmazonAccount a) {
        return new LwaCredentials(a.lwaEndpoint(), a.clientId(), a.clientSecret(), a.refreshToken());
    }

    static LwaCredentials of(AdsAccount a) {
        return new LwaCredentials(a.lwaEndpoint(), a.clientId(), a.clientSecret(), a.refreshToken());
    }
}
