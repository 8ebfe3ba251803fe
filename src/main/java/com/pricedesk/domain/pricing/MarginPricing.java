package com.pricedesk.domain.pricing;

import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The unit economics of one SKU as the repricer needs them: margin at a price and the lowest price
 * for a margin. The app backs it with the fee-aware UnitEconomics; the engine never sees fees.
 * Margins are in percent (20 means 20%).
 */
public interface MarginPricing {

    /** The lowest price whose margin is at least {@code marginPct}, or empty if no price reaches it. */
    Optional<Money> priceForMargin(BigDecimal marginPct);

    /** The margin in percent at {@code price}; empty when it cannot be computed (e.g. a price of zero). */
    Optional<BigDecimal> marginAt(Money price);
}
