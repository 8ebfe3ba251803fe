package com.pricedesk.app.repricing;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.ReferencePriceRepository;
import com.pricedesk.domain.port.SkuRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The seller's regular price per SKU (常规售价): the list price the "restore the regular price" action
 * returns to after a promotion or a clearance. The guardrails still apply to it like to any proposal.
 */
public final class RegularPriceService {
    private final SkuRepository skus;
    private final ReferencePriceRepository references;
    private final Money sanityMax;
    private final Clock clock;

    public RegularPriceService(SkuRepository skus, ReferencePriceRepository references, Money sanityMax, Clock clock) {
        this.skus = skus;
        this.references = references;
        this.sanityMax = sanityMax;
        this.clock = clock;
    }

    /** The SKU's regular price, if the seller set one. */
    public Optional<Money> regularPrice(String sellerSku) {
        requireSku(sellerSku);
        return Optional.ofNullable(references.regularPrices(List.of(sellerSku)).get(sellerSku));
    }

    /**
     * Sets the regular price of {@code sellerSku}: a positive USD amount with at most 2 decimals, not
     * above the sanity maximum. Throws {@link UnknownSkuException} or {@link InvalidRegularPrice}, with
     * nothing stored.
     */
    public Money set(String sellerSku, BigDecimal price) {
        requireSku(sellerSku);
        if (price == null || price.signum() <= 0) {
            throw new InvalidRegularPrice(InvalidRegularPrice.Problem.NOT_POSITIVE, price, sanityMax);
        }
        if (price.stripTrailingZeros().scale() > 2) {
            throw new InvalidRegularPrice(InvalidRegularPrice.Problem.MORE_THAN_CENTS, price, sanityMax);
        }
        Money money = Money.usd(price).rounded();
        if (money.compareTo(sanityMax) > 0) {
            throw new InvalidRegularPrice(InvalidRegularPrice.Problem.ABOVE_SANITY_MAX, price, sanityMax);
        }
        references.saveRegularPrice(sellerSku, Optional.of(money), clock.instant());
        return money;
    }

    /** Removes the SKU's regular price: the action then holds it as unknown. */
    public void clear(String sellerSku) {
        requireSku(sellerSku);
        references.saveRegularPrice(sellerSku, Optional.empty(), clock.instant());
    }

    private void requireSku(String sellerSku) {
        if (sellerSku == null || skus.find(sellerSku).isEmpty()) {
            throw new UnknownSkuException(sellerSku);
        }
    }

    /** A regular price PriceDesk will not store, and why. */
    public static final class InvalidRegularPrice extends RuntimeException {
        public enum Problem { NOT_POSITIVE, MORE_THAN_CENTS, ABOVE_SANITY_MAX }

        private final Problem problem;
        private final BigDecimal price;
        private final Money sanityMax;

        InvalidRegularPrice(Problem problem, BigDecimal price, Money sanityMax) {
            super("Regular price " + price + " rejected: " + problem);
            this.problem = problem;
            this.price = price;
            this.sanityMax = sanityMax;
        }

        public Problem problem() {
            return problem;
        }

        public BigDecimal price() {
            return price;
        }

        public Money sanityMax() {
            return sanityMax;
        }
    }
}
