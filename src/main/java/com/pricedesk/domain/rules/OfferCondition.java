package com.pricedesk.domain.rules;

/** The item condition of an offer; used and refurbished offers are not our competitors by default. */
public enum OfferCondition {
    NEW, USED, REFURBISHED, COLLECTIBLE
}
