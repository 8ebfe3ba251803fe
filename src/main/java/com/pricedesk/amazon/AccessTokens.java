package com.pricedesk.amazon;

/** Supplies the access token for SP-API calls and forgets one Amazon rejected. */
interface AccessTokens {
    String current() throws InterruptedException;

    void invalidate(String rejected);
}
