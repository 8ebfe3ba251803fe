package com.pricedesk.domain.rules;

/** How an offer is fulfilled: by Amazon (FBA) or by the merchant (FBM, 自发货). */
public enum Channel {
    FBA, FBM
}
