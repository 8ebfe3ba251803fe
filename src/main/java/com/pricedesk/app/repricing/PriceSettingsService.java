package com.pricedesk.app.repricing;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.PriceLimitRepository;
import com.pricedesk.domain.port.PriceRepository;
import com.pricedesk.domain.port.ReferencePriceRepository;
import com.pricedesk.domain.port.SkuRepository;
import com.pricedesk.domain.port.UnitOfWork;
import com.pricedesk.domain.pricing.PriceLimits;
import com.pricedesk.domain.pricing.PriceSettings;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The prices a seller sets per SKU: the manual minimum (最低价, raises the guardrail floor), the manual
 * maximum (封顶价, the ceiling) and the regular price (常规售价). Every value is a positive USD amount in
 * whole cents, not above the guardrails' sanity maximum, and the minimum is never above the maximum;
 * a change that breaks any of these is refused with nothing stored. A regular price outside the
 * seller's own [minimum, maximum] is stored (the guardrails clamp it) and reported as a warning.
 */
public final class PriceSettingsService {
    private static final Logger log = LoggerFactory.getLogger(PriceSettingsService.class);

    private final SkuRepository skus;
    private final PriceLimitRepository limits;
    private final ReferencePriceRepository references;
    private final PriceRepository prices;
    private final UnitOfWork unitOfWork;
    private final Money sanityMax;
    private final Clock clock;

    public PriceSettingsService(SkuRepository skus, PriceLimitRepository limits, ReferencePriceRepository references,
                                PriceRepository prices, UnitOfWork unitOfWork, Money sanityMax, Clock clock) {
        this.skus = skus;
        this.limits = limits;
        this.references = references;
        this.prices = prices;
        this.unitOfWork = unitOfWork;
        this.sanityMax = sanityMax;
        this.clock = clock;
    }

    /** What the seller set for {@code sellerSku} ({@link PriceSettings#NONE} when nothing). */
    public PriceSettings settings(String sellerSku) {
        requireSku(sellerSku);
        return read(sellerSku);
    }

    /** The SKU's current price (confirmed, or seen on Amazon since), to say how it stands against new limits. */
    public Optional<Money> currentPrice(String sellerSku) {
        return prices.currentPrice(sellerSku);
    }

    private PriceSettings read(String sellerSku) {
        PriceLimits l = limits.find(sellerSku).orElse(PriceLimits.NONE);
        return PriceSettings.of(l, references.regularPrices(List.of(sellerSku)).get(sellerSku));
    }

    /** Sets one field ({@code value} present) or clears it (empty). */
    public PriceSettingsChange set(String sellerSku, PriceSettingField field, Optional<BigDecimal> value) {
        Map<PriceSettingField, Optional<BigDecimal>> one = new EnumMap<>(PriceSettingField.class);
        one.put(field, value);
        return change(sellerSku, one);
    }

    /**
     * Applies several fields at once (present: set, empty: clear; fields not in the map are kept), checked
     * together, so a minimum and a maximum can be moved past each other in one step.
     */
    public PriceSettingsChange change(String sellerSku, Map<PriceSettingField, Optional<BigDecimal>> changes) {
        requireSku(sellerSku);
        Map<PriceSettingField, Money> values = new EnumMap<>(PriceSettingField.class);
        for (Map.Entry<PriceSettingField, Optional<BigDecimal>> e : changes.entrySet()) {
            values.put(e.getKey(), e.getValue().isPresent() ? valid(e.getKey(), e.getValue().get()) : null);
        }
        PriceSettingsChange change = unitOfWork.inTransaction(() -> {
            PriceSettings before = read(sellerSku);
            PriceSettings after = before;
            for (Map.Entry<PriceSettingField, Money> e : values.entrySet()) {
                after = e.getKey().with(after, e.getValue());
            }
            if (after.minAboveMax()) {
                throw new InvalidPriceSetting(InvalidPriceSetting.Problem.MIN_ABOVE_MAX, PriceSettingField.MIN,
                        after.manualMin().amount(), after, sanityMax);
            }
            if (!Objects.equals(before.limits(), after.limits())) {
                limits.save(sellerSku, after.limits());
            }
            if (!Objects.equals(before.regularPrice(), after.regularPrice())) {
                references.saveRegularPrice(sellerSku, Optional.ofNullable(after.regularPrice()), clock.instant());
            }
            return new PriceSettingsChange(sellerSku, before, after);
        });
        log.info("Price settings of {}: {} → {}", sellerSku, change.before(), change.after());
        return change;
    }

    private Money valid(PriceSettingField field, BigDecimal v) {
        if (v.signum() <= 0) {
            throw new InvalidPriceSetting(InvalidPriceSetting.Problem.NOT_POSITIVE, field, v, null, sanityMax);
        }
        if (v.stripTrailingZeros().scale() > 2) {
            throw new InvalidPriceSetting(InvalidPriceSetting.Problem.MORE_THAN_CENTS, field, v, null, sanityMax);
        }
        Money m = Money.usd(v).rounded();
        if (m.compareTo(sanityMax) > 0) {
            throw new InvalidPriceSetting(InvalidPriceSetting.Problem.ABOVE_SANITY_MAX, field, v, null, sanityMax);
        }
        return m;
    }

    private void requireSku(String sellerSku) {
        if (sellerSku == null || skus.find(sellerSku).isEmpty()) {
            throw new UnknownSkuException(sellerSku);
        }
    }

    /** What a change did: the SKU's prices before and after. */
    public record PriceSettingsChange(String sellerSku, PriceSettings before, PriceSettings after) {
        /** The regular price lies outside the seller's own [minimum, maximum]: the guardrails will clamp it. */
        public boolean regularOutsideLimits() {
            return after.regularOutsideLimits();
        }
    }

    /** A price setting PriceDesk will not store, and why. */
    public static final class InvalidPriceSetting extends RuntimeException {
        public enum Problem { NOT_POSITIVE, MORE_THAN_CENTS, ABOVE_SANITY_MAX, MIN_ABOVE_MAX }

        private final Problem problem;
        private final PriceSettingField field;
        private final BigDecimal value;
        private final PriceSettings wouldBe;
        private final Money sanityMax;

        InvalidPriceSetting(Problem problem, PriceSettingField field, BigDecimal value, PriceSettings wouldBe,
                            Money sanityMax) {
            super(field + " price " + value + " rejected: " + problem);
            this.problem = problem;
            this.field = field;
            this.value = value;
            this.wouldBe = wouldBe;
            this.sanityMax = sanityMax;
        }

        public Problem problem() {
            return problem;
        }

        public PriceSettingField field() {
            return field;
        }

        public BigDecimal value() {
            return value;
        }

        /** For {@link Problem#MIN_ABOVE_MAX}: the minimum and maximum the change would have left. */
        public PriceSettings wouldBe() {
            return wouldBe;
        }

        public Money sanityMax() {
            return sanityMax;
        }
    }
}
