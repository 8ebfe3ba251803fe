package com.pricedesk.domain.rules;

import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the market snapshot says about one SKU at {@code snapshotAt}. Every fact the seller may not
 * have is an {@code Optional}: unknown is never zero, so a rule over an unknown fact does not match.
 * {@code offers} may include our own offer; {@link Competitors} leaves it out.
 */
public record SkuFacts(
        String sellerSku,
        String ownSellerId,
        Optional<Instant> snapshotAt,
        Optional<Money> ourPrice,
        Optional<Money> regularPrice,
        Optional<Money> buyBoxPrice,
        Optional<Boolean> weHoldBuyBox,
        List<Offer> offers,
        Optional<Integer> offerCount,
        Optional<Integer> bsr,
        Optional<BigDecimal> bsrChange7dPct,
        Optional<BigDecimal> daysOfCover,
        Optional<Integer> inventoryAgeDays,
        Optional<BigDecimal> conversionPct,
        Optional<BigDecimal> acosPct,
        Optional<BigDecimal> tacosPct,
        Optional<BigDecimal> buyBoxSharePct,
        Optional<Money> landedCost,
        Optional<Money> listingMaxPrice,
        List<PriceChange> recentChanges) {

    public SkuFacts {
        Objects.requireNonNull(sellerSku, "sellerSku");
        ownSellerId = ownSellerId == null ? "" : ownSellerId;
        offers = List.copyOf(offers == null ? List.of() : offers);
        // Newest last, whatever order the source gave: the damping guards read the tail.
        List<PriceChange> sorted = new ArrayList<>(recentChanges == null ? List.of() : recentChanges);
        sorted.sort(Comparator.comparing(PriceChange::at).thenComparing(c -> c.from().amount())
                .thenComparing(c -> c.to().amount()).thenComparing(c -> c.againstSellerId().orElse("")));
        recentChanges = List.copyOf(sorted);
    }

    /** Facts with nothing known but the SKU and our seller id: what the app has before any snapshot. */
    public static SkuFacts unknown(String sellerSku, String ownSellerId) {
        return builder(sellerSku).ownSellerId(ownSellerId).build();
    }

    /** Number of offers on the listing: as reported, else counted from the offers we were given. */
    public Optional<Integer> effectiveOfferCount() {
        if (offerCount.isPresent()) {
            return offerCount;
        }
        return offers.isEmpty() ? Optional.empty() : Optional.of(offers.size());
    }

    /** The most recent change of our price, if any is remembered. */
    public Optional<PriceChange> lastChange() {
        return recentChanges.isEmpty() ? Optional.empty() : Optional.of(recentChanges.get(recentChanges.size() - 1));
    }

    public static Builder builder(String sellerSku) {
        return new Builder(sellerSku);
    }

    /** Builds facts field by field; whatever is not set stays unknown. */
    public static final class Builder {
        private final String sellerSku;
        private String ownSellerId = "";
        private Instant snapshotAt;
        private Money ourPrice;
        private Money regularPrice;
        private Money buyBoxPrice;
        private Boolean weHoldBuyBox;
        private final List<Offer> offers = new ArrayList<>();
        private Integer offerCount;
        private Integer bsr;
        private BigDecimal bsrChange7dPct;
        private BigDecimal daysOfCover;
        private Integer inventoryAgeDays;
        private BigDecimal conversionPct;
        private BigDecimal acosPct;
        private BigDecimal tacosPct;
        private BigDecimal buyBoxSharePct;
        private Money landedCost;
        private Money listingMaxPrice;
        private final List<PriceChange> recentChanges = new ArrayList<>();

        private Builder(String sellerSku) {
            this.sellerSku = sellerSku;
        }

        public Builder ownSellerId(String v) { this.ownSellerId = v; return this; }
        public Builder snapshotAt(Instant v) { this.snapshotAt = v; return this; }
        public Builder ourPrice(Money v) { this.ourPrice = v; return this; }
        public Builder regularPrice(Money v) { this.regularPrice = v; return this; }
        public Builder buyBoxPrice(Money v) { this.buyBoxPrice = v; return this; }
        public Builder weHoldBuyBox(Boolean v) { this.weHoldBuyBox = v; return this; }
        public Builder offer(Offer v) { this.offers.add(v); return this; }
        public Builder offers(List<Offer> v) { this.offers.addAll(v); return this; }
        public Builder offerCount(Integer v) { this.offerCount = v; return this; }
        public Builder bsr(Integer v) { this.bsr = v; return this; }
        public Builder bsrChange7dPct(BigDecimal v) { this.bsrChange7dPct = v; return this; }
        public Builder daysOfCover(BigDecimal v) { this.daysOfCover = v; return this; }
        public Builder inventoryAgeDays(Integer v) { this.inventoryAgeDays = v; return this; }
        public Builder conversionPct(BigDecimal v) { this.conversionPct = v; return this; }
        public Builder acosPct(BigDecimal v) { this.acosPct = v; return this; }
        public Builder tacosPct(BigDecimal v) { this.tacosPct = v; return this; }
        public Builder buyBoxSharePct(BigDecimal v) { this.buyBoxSharePct = v; return this; }
        public Builder landedCost(Money v) { this.landedCost = v; return this; }
        public Builder listingMaxPrice(Money v) { this.listingMaxPrice = v; return this; }
        public Builder change(PriceChange v) { this.recentChanges.add(v); return this; }

        public SkuFacts build() {
            return new SkuFacts(sellerSku, ownSellerId, Optional.ofNullable(snapshotAt), Optional.ofNullable(ourPrice),
                    Optional.ofNullable(regularPrice), Optional.ofNullable(buyBoxPrice),
                    Optional.ofNullable(weHoldBuyBox), offers, Optional.ofNullable(offerCount), Optional.ofNullable(bsr),
                    Optional.ofNullable(bsrChange7dPct), Optional.ofNullable(daysOfCover),
                    Optional.ofNullable(inventoryAgeDays), Optional.ofNullable(conversionPct),
                    Optional.ofNullable(acosPct), Optional.ofNullable(tacosPct), Optional.ofNullable(buyBoxSharePct),
                    Optional.ofNullable(landedCost), Optional.ofNullable(listingMaxPrice), recentChanges);
        }
    }
}
