package com.pricedesk.app.demo;

import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.domain.port.SimulatedMarketplace.PastPricing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * How the demo's seller priced by hand before PriceDesk, so the 90 days of history look like a real
 * shop's and not like one whose prices never moved while competitors undercut it for three months.
 * Once a week per SKU (each on its own weekday), looking at that day's page:
 * <ul>
 *   <li>Buy Box lost to a lower price: match the Buy Box, but never below 92 % of the launch price
 *       (the seller's gut floor; PriceDesk's floors come from the costs instead);</li>
 *   <li>Buy Box held and the cheapest other offer more than 5 % dearer: raise up to 3 %, to a price ending in 9
 *       cents, and never above 110 % of the launch price.</li>
 * </ul>
 * Anything else is left alone, as a busy seller would.
 */
final class WeeklyHandRepricing implements PastPricing {
    private static final BigDecimal GUT_FLOOR = new BigDecimal("0.92");
    private static final BigDecimal GUT_CEILING = new BigDecimal("1.10");
    private static final BigDecimal ROOM_ABOVE = new BigDecimal("1.05");
    private static final BigDecimal RAISE = new BigDecimal("1.03");
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final Map<String, BigDecimal> launchPrices;

    WeeklyHandRepricing(Map<String, BigDecimal> launchPrices) {
        this.launchPrices = Map.copyOf(launchPrices);
    }

    @Override
    public Optional<BigDecimal> after(SkuDay day, boolean weHeldBuyBox) {
        BigDecimal launch = launchPrices.get(day.sellerSku());
        BigDecimal ours = day.price();
        if (launch == null || ours == null || !lookedToday(day)) {
            return Optional.empty();
        }
        BigDecimal next = ours;
        BigDecimal buyBox = day.buyBoxPrice();
        BigDecimal lowest = day.lowestCompetitorPrice();
        if (!weHeldBuyBox && buyBox != null && buyBox.compareTo(ours) < 0) {
            // Down to the Buy Box, never below the gut floor, and never up while chasing a cheaper offer.
            next = buyBox.max(launch.multiply(GUT_FLOOR).setScale(2, RoundingMode.CEILING)).min(ours);
        } else if (weHeldBuyBox && lowest != null && lowest.compareTo(ours.multiply(ROOM_ABOVE)) > 0) {
            next = endingIn9(ours.multiply(RAISE).min(launch.multiply(GUT_CEILING))).max(ours);
        }
        return next.compareTo(ours) == 0 ? Optional.empty() : Optional.of(next);
    }

    private static boolean lookedToday(SkuDay day) {
        return Math.floorMod(day.day().toEpochDay() + day.sellerSku().hashCode(), 7) == 0;
    }

    /** The highest price ending in 9 cents (x.x9, as sellers price) not above {@code v}. */
    private static BigDecimal endingIn9(BigDecimal v) {
        return v.add(CENT).setScale(1, RoundingMode.FLOOR).subtract(CENT);
    }
}
