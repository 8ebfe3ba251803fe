package com.pricedesk.app.economics;

import com.pricedesk.domain.cost.fees.FbaFee;
import com.pricedesk.domain.cost.fees.PriceBand;
import com.pricedesk.domain.cost.fees.SizeClassification;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** Amazon's fees for one item at one price (the {@code fees} command), with the table versions used. */
public record FeeQuote(LocalDate date, Money price, String category, SizeClassification size, PriceBand band,
                       FbaFee fbaRateCardFee, Money fuelSurcharge, Money referralFee, BigDecimal referralRatePct,
                       Money closingFee, Map<String, String> versions) {

    /** The fulfillment fee charged: the rate card fee plus the fuel and logistics surcharge when applied. */
    public Money fbaFee() {
        return Money.usd(fbaRateCardFee.amount()).plus(fuelSurcharge);
    }
}
