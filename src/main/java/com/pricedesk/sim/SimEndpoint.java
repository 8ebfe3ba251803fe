package com.pricedesk.sim;

import java.io.IOException;

/** Answers one operation once authentication, faults and rate limits have let the call through. */
@FunctionalInterface
interface SimEndpoint {
    void handle(SimExchange exchange) throws IOException;
}
