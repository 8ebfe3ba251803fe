package com.pricedesk.domain.cost;

import com.pricedesk.domain.cost.fees.FbaFee;
import com.pricedesk.domain.cost.fees.FbaFeeQuote;
import com.pricedesk.domain.cost.fees.FeeSchedule;
import com.pricedesk.domain.cost.fees.PackageSize;
import com.pricedesk.domain.cost.fees.PriceBand;
import com.pricedesk.domain.cost.fees.ReferralCategory;
import com.pricedesk.domain.cost.fees.SizeClassification;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Unit economics of one SKU (PRODUCT.md §3) at any price P, per unit in USD:
 * profit(P) = P − landed cost − referral(P) − closing fee − FBA fee(P) − fuel surcharge(P) − storage
 * − aged inventory surcharge − inbound placement − returns(P) − TACoS × P, where
 * returns(P) = return rate × (processing fee + unsellable share × landed cost + refund administration fee(P)).
 * Break-even and floors are the lowest whole-cent prices meeting a target, solved exactly on the
 * piecewise-linear profit and then re-checked against the waterfall computed line by line.
 */
public final class UnitEconomics {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final java.util.function.Supplier<String> COST_PROFILE = () -> "cost profile";

    private final FeeSchedule schedule;
    private final LandedCost landedCost;
    /** landedCost.total(), summed once */
    private final Money landedTotal;
    private final BigDecimal landed;
    private final ReferralCategory referral;
    private final FbaFeeQuote fba;
    private final BigDecimal fuelRate;
    private final BigDecimal storage;
    private final BigDecimal agedSurcharge;
    private final BigDecimal placement;
    private final BigDecimal closingFee;
    private final BigDecimal returnRate;
    private final BigDecimal unsellableShare;
    private final BigDecimal returnsProcessing;
    /** processing fee + unsellable share × landed cost: the price-independent part of a return */
    private final BigDecimal returnCostBeforeRefundFee;
    /** return rate × the price-independent part: the verification's returns are this plus rate × refund fee */
    private final BigDecimal expectedReturnCostBeforeRefundFee;
    /**
     * The price-independent costs the verification adds at every price, summed once: landed cost, closing
     * fee, storage, aged surcharge, placement and the fixed part of returns (exact sums, so the same value).
     */
    private BigDecimal fixedCostsForCheck;
    /** FBA fee plus its fuel surcharge per price band, for the verification */
    private BigDecimal[] fbaWithFuelForCheck;
    private final BigDecimal tacos;
    private final java.util.function.Supplier<String> storageSource;
    private final java.util.function.Supplier<String> agedSource;
    private final java.util.function.Supplier<String> returnsSource;
    private PiecewiseLinear profitFunction;
    /** FBA fee × (1 + fuel rate) per price band, as the profit function's pieces have it */
    private BigDecimal[] fbaWithFuelForSolve;
    /** every price-independent cost of the profit function (the return's fixed part included), exact */
    private BigDecimal fixedCostsForSolve;
    /**
     * The scale the solver floors its price-independent costs to. Intercepts of 17–19 digits (landed cost
     * at 8 or more decimals times rates) leave BigDecimal's compact long form; floored to 12 decimals they
     * stay in it, and the lowest cent meeting a target is provably the same (see {@link #lowestPrice}).
     */
    private static final int SOLVER_SCALE = 12;

    private UnitEconomics(FeeSchedule schedule, EconomicsInput in) {
        this.schedule = schedule;
        this.landedCost = in.landedCost();
        this.landedTotal = landedCost.total();
        this.landed = landedTotal.amount();
        this.referral = schedule.referral().category(in.category());
        this.fba = schedule.fbaFees().quote(in.packageSize(), in.apparel());
        this.fuelRate = schedule.fuelSurcharge().map(f -> f.rate()).orElse(BigDecimal.ZERO);
        PackageSize pkg = in.packageSize();
        SizeClassification size = fba.size();
        this.storage = schedule.storage().perUnit(size.tier(), in.packageSize(), schedule.date(), in.storageMonths());
        // explanations are written when a waterfall line's source is read, not for every SKU of a grid
        this.storageSource = () -> schedule.storage().info().id() + ": " + pkg.cubicFeet().setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + " cu ft × " + in.storageMonths().stripTrailingZeros()
                .toPlainString() + " months from " + schedule.date();
        if (in.inventoryAgeDays().isPresent() && schedule.agedInventory().isPresent()) {
            int age = in.inventoryAgeDays().getAsInt();
            // The surcharge is assessed monthly; charge the current band for each expected month in stock.
            this.agedSurcharge = schedule.agedInventory().get().monthlyPerUnit(age, in.packageSize())
                    .map(m -> m.multiply(in.storageMonths())).orElse(BigDecimal.ZERO);
            this.agedSource = () -> schedule.agedInventory().get().info().id() + ": inventory age " + age + " days";
        } else {
            this.agedSurcharge = BigDecimal.ZERO;
            String why = in.inventoryAgeDays().isPresent() ? "no aged inventory table in force"
                    : "inventory age unknown";
            this.agedSource = () -> why;
        }
        CostProfile p = in.profile();
        this.placement = p.inboundPlacement().amount();
        if (!p.inboundPlacement().currency().equals(Money.USD)) {
            throw new IllegalArgumentException("Inbound placement fee must be in USD (Amazon bills it in USD), was "
                    + p.inboundPlacement());
        }
        this.closingFee = referral.closingFee() == null ? BigDecimal.ZERO : referral.closingFee();
        this.returnRate = p.returnRatePct().movePointLeft(2);
        this.unsellableShare = p.unsellablePct().movePointLeft(2);
        this.returnsProcessing = schedule.returnsProcessing().filter(r -> r.isKnown())
                .map(r -> r.feePerUnit()).orElse(BigDecimal.ZERO);
        this.returnCostBeforeRefundFee = returnsProcessing.add(unsellableShare.multiply(landed));
        this.expectedReturnCostBeforeRefundFee = returnRate.multiply(returnCostBeforeRefundFee);
        this.returnsSource = () -> "return rate " + p.returnRatePct().stripTrailingZeros().toPlainString() + "% × (processing "
                + schedule.returnsProcessing().filter(r -> r.isKnown())
                        .map(r -> r.feePerUnit().toPlainString() + " from " + r.info().id())
                        .orElse("0.00: amount not in the fee tables, add an override")
                + " + " + p.unsellablePct().stripTrailingZeros().toPlainString()
                + "% unsellable × landed cost + refund administration fee)";
        this.tacos = p.tacosPct().movePointLeft(2);
    }

    /** Prepares the price-independent parts once (size tier, fee rows, storage); fails on bad input. */
    public static UnitEconomics of(FeeSchedule schedule, EconomicsInput input) {
        Objects.requireNonNull(schedule, "fee schedule");
        Objects.requireNonNull(input, "input");
        return new UnitEconomics(schedule, input);
    }

    public FeeSchedule schedule() {
        return schedule;
    }

    public FbaFeeQuote fbaFee() {
        return fba;
    }

    public ReferralCategory referralCategory() {
        return referral;
    }

    public Money landedCost() {
        return landedTotal;
    }

    /** The full waterfall at a price: every line named with its source. */
    public Waterfall at(Money price) {
        BigDecimal p = validPrice(price);
        List<WaterfallLine> lines = new ArrayList<>(14);
        lines.add(usd("purchase", landedCost.purchase().amount(), COST_PROFILE));
        lines.add(usd("freight", landedCost.freight().amount(), COST_PROFILE));
        lines.add(usd("tariff", landedCost.tariff().amount(), COST_PROFILE));
        lines.add(usd("handling", landedCost.handling().amount(), COST_PROFILE));
        BigDecimal referralFee = referral.feeAt(p);
        lines.add(usd("referral", referralFee, () -> schedule.referral().info().id() + ": " + referral.name() + " "
                + referral.tierOf(p).ratePct().stripTrailingZeros().toPlainString() + "%"
                + (referral.minFee() == null ? "" : ", minimum " + referral.minFee().toPlainString())));
        if (closingFee.signum() != 0) {
            lines.add(usd("closing", closingFee, () -> schedule.referral().info().id() + ": " + referral.name()));
        }
        FbaFee fbaFee = fba.at(p);
        lines.add(usd("fba", fbaFee.amount(), () -> fbaFee.tableId() + ": " + fba.size().tier().id() + ", "
                + fba.size().billingWeightLb().toPlainString() + " lb, " + PriceBand.of(p).id()
                + (fbaFee.note().isEmpty() ? "" : " (" + fbaFee.note() + ")")
                + (fba.size().overmax() ? " (Overmax: its handling fee is not in the fee tables and not included)" : "")));
        schedule.fuelSurcharge().ifPresent(f -> lines.add(usd("fuel_surcharge", f.on(fbaFee.amount()),
                () -> f.info().id() + ": " + f.ratePct().toPlainString() + "% of the FBA fee (unverified; switchable)")));
        lines.add(usd("storage", storage, storageSource));
        if (agedSurcharge.signum() != 0) {
            lines.add(usd("aged_inventory", agedSurcharge, agedSource));
        }
        lines.add(usd("inbound_placement", placement, COST_PROFILE));
        lines.add(usd("returns", returnsAt(referralFee), returnsSource));
        lines.add(usd("advertising", tacos.multiply(p), () -> "TACoS " + tacos.multiply(HUNDRED).stripTrailingZeros()
                .toPlainString() + "% of price"));
        return new Waterfall(Money.usd(p), lines, landedTotal);
    }

    private BigDecimal returnsAt(BigDecimal referralFee) {
        BigDecimal refundAdmin = schedule.refundAdministration().on(referralFee);
        return returnRate.multiply(returnCostBeforeRefundFee.add(refundAdmin));
    }

    /** The lowest whole-cent price with profit ≥ 0 (保本价). */
    public SolvedPrice breakEven() {
        return solve(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, "covers every cost");
    }

    /** The lowest whole-cent price with margin ≥ {@code marginPct} percent. */
    public SolvedPrice priceForMargin(BigDecimal marginPct) {
        Objects.requireNonNull(marginPct, "target margin");
        BigDecimal m = marginPct.divide(HUNDRED);
        return solve(m.negate(), BigDecimal.ZERO, m, BigDecimal.ZERO,
                () -> "reaches a " + marginPct.stripTrailingZeros().toPlainString() + "% margin");
    }

    /** The lowest whole-cent price with ROI (profit ÷ landed cost) ≥ {@code roiPct} percent. */
    public SolvedPrice priceForRoi(BigDecimal roiPct) {
        Objects.requireNonNull(roiPct, "target ROI");
        BigDecimal needed = roiPct.divide(HUNDRED).multiply(landed);
        return solve(BigDecimal.ZERO, needed.negate(), BigDecimal.ZERO, needed,
                () -> "reaches a " + roiPct.stripTrailingZeros().toPlainString() + "% ROI");
    }

    /** profit(P) as a piecewise-linear function of the price, built once. */
    PiecewiseLinear profit() {
        if (profitFunction == null) {
            PiecewiseLinear referralFn = schedule.referral().function(referral);
            BigDecimal fuel = BigDecimal.ONE.add(fuelRate);
            List<PiecewiseLinear.Piece> fbaPieces = new ArrayList<>(3);
            for (PriceBand b : PriceBand.values()) {
                fbaPieces.add(new PiecewiseLinear.Piece(b.firstCent(), BigDecimal.ZERO, fba.in(b).amount().multiply(fuel)));
            }
            // no returns expected: skip the refund administration fee's pieces altogether
            PiecewiseLinear returns = returnRate.signum() == 0 ? PiecewiseLinear.constant(BigDecimal.ZERO)
                    : schedule.referral().refundAdministration(referral, schedule.refundAdministration())
                    .plusThenTimes(returnCostBeforeRefundFee, returnRate);
            BigDecimal fixed = landed.add(storage).add(agedSurcharge).add(placement).add(closingFee);
            profitFunction = PiecewiseLinear.difference(
                    PiecewiseLinear.of(List.of(new PiecewiseLinear.Piece(BigDecimal.ZERO,
                            BigDecimal.ONE.subtract(tacos), fixed.negate()))),
                    List.of(referralFn, PiecewiseLinear.of(fbaPieces), returns));
        }
        return profitFunction;
    }

    private SolvedPrice solve(BigDecimal slopeShift, BigDecimal interceptShift, BigDecimal marginShare,
                              BigDecimal profitNeeded, String goal) {
        return solve(slopeShift, interceptShift, marginShare, profitNeeded, () -> goal);
    }

    /**
     * Solves profit(P) + slopeShift × P + interceptShift ≥ 0 on the pieces (the target is a line
     * below the profit, so no new function is built), then checks the answer on the waterfall
     * itself: profit at P meets the target and one cent less does not. A disagreement is a bug,
     * never a returned number.
     */
    private SolvedPrice solve(BigDecimal slopeShift, BigDecimal interceptShift, BigDecimal marginShare,
                              BigDecimal profitNeeded, java.util.function.Supplier<String> goalText) {
        BigDecimal p = lowestPrice(slopeShift, interceptShift);
        if (p == null) {
            BigDecimal keeps = profit().finalSlope().multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
            return new SolvedPrice.Unreachable("No price " + goalText.get() + ": at high prices the price-dependent fees, "
                    + "returns and advertising leave " + keeps.toPlainString() + "% of each extra dollar, so the margin "
                    + "can only approach " + keeps.toPlainString() + "%.");
        }
        prepareCheck();
        // the price-independent side of the check, summed once for both prices checked
        BigDecimal fixedAndNeeded = fixedCostsForCheck.add(profitNeeded);
        if (!meets(p, marginShare, fixedAndNeeded) || (p.compareTo(CENT) > 0 && meets(p.subtract(CENT), marginShare,
                fixedAndNeeded))) {
            throw new IllegalStateException("Price solver and waterfall disagree at " + p + " for a price that "
                    + goalText.get());
        }
        return new SolvedPrice.Reached(Money.usd(p));
    }

    /**
     * The lowest whole-cent price from 0.01 where profit(P) + slopeShift × P + interceptShift ≥ 0, or null:
     * the same answer as {@code profit().lowestPriceAtLeast(0.01, slopeShift, interceptShift)}, solved on the
     * category's shared piece grid without building this SKU's function.
     *
     * <p>Exactness of the floored intercept: on a piece, f(P) = s × P + c − k with c the price-independent
     * part (−fixed costs + interceptShift, many decimals) and k the piece's own part. When s × P and k are
     * multiples of 10^−n (P has 2 decimals, s at most n − 2, k at most n), so is X = s × P + ⌊c⌋ₙ − k, and
     * with 0 ≤ c − ⌊c⌋ₙ &lt; 10^−n: f(P) = X + (c − ⌊c⌋ₙ) ≥ 0 ⇔ X ≥ 0. So every sign test, and hence the
     * lowest cent where f ≥ 0, is the same with ⌊c⌋ₙ; a piece whose numbers have more decimals than that uses c.
     */
    private BigDecimal lowestPrice(BigDecimal slopeShift, BigDecimal interceptShift) {
        ProfitGrid g = schedule.referral().profitGrid(referral, schedule.refundAdministration());
        if (fbaWithFuelForSolve == null) {
            BigDecimal fuel = BigDecimal.ONE.add(fuelRate);
            PriceBand[] bands = PriceBand.values();
            BigDecimal[] fees = new BigDecimal[bands.length];
            for (PriceBand b : bands) {
                fees[b.ordinal()] = fba.in(b).amount().multiply(fuel);
            }
            fixedCostsForSolve = landed.add(storage).add(agedSurcharge).add(placement).add(closingFee)
                    .add(expectedReturnCostBeforeRefundFee);
            fbaWithFuelForSolve = fees;
        }
        boolean returns = returnRate.signum() != 0;
        BigDecimal base = BigDecimal.ONE.subtract(tacos).add(slopeShift);
        BigDecimal exact = interceptShift.subtract(fixedCostsForSolve);
        BigDecimal floored = exact.setScale(SOLVER_SCALE, RoundingMode.FLOOR);
        int n = g.size();
        for (int i = 0; i < n; i++) {
            BigDecimal next = i + 1 < n ? g.from[i + 1] : null;
            BigDecimal lo = g.from[i].max(CENT);
            if (next != null && lo.compareTo(next) >= 0) {
                continue;
            }
            BigDecimal slope = base.subtract(g.referralSlope[i]);
            BigDecimal own = g.referralIntercept[i].add(fbaWithFuelForSolve[g.band[i]]);
            if (returns) {
                slope = slope.subtract(returnRate.multiply(g.refundSlope[i]));
                own = own.add(returnRate.multiply(g.refundIntercept[i]));
            }
            BigDecimal c = slope.scale() + 2 <= SOLVER_SCALE && own.scale() <= SOLVER_SCALE ? floored : exact;
            BigDecimal intercept = c.subtract(own);
            if (slope.multiply(lo).add(intercept).signum() >= 0) {
                return lo.setScale(2);
            }
            if (slope.signum() > 0) {
                BigDecimal root = intercept.negate().divide(slope, 2, RoundingMode.CEILING).max(lo);
                if (next == null || root.compareTo(next) < 0) {
                    return root.setScale(2);
                }
            }
        }
        return null;
    }

    /** The reference solve on the whole profit function, for the tests that prove {@link #lowestPrice} equal. */
    java.util.Optional<BigDecimal> lowestPriceOnFunction(BigDecimal slopeShift, BigDecimal interceptShift) {
        return profit().lowestPriceAtLeast(CENT, slopeShift, interceptShift);
    }

    /** {@link #lowestPrice} as the fast path solves it, for the same tests. */
    java.util.Optional<BigDecimal> lowestPriceOnGrid(BigDecimal slopeShift, BigDecimal interceptShift) {
        return java.util.Optional.ofNullable(lowestPrice(slopeShift, interceptShift));
    }

    /**
     * Profit at a price from the fee rules directly (the waterfall's arithmetic without its text), so the
     * solver's answer is checked by a second, independent computation.
     */
    BigDecimal profitAt(BigDecimal price) {
        prepareCheck();
        BigDecimal referralFee = referral.feeAt(price);
        BigDecimal costs = fixedCostsForCheck.add(referralFee).add(fbaWithFuelForCheck[PriceBand.of(price).ordinal()])
                .add(returnRate.multiply(schedule.refundAdministration().on(referralFee))).add(tacos.multiply(price));
        return price.subtract(costs);
    }

    private void prepareCheck() {
        if (fixedCostsForCheck == null) {
            PriceBand[] bands = PriceBand.values();
            BigDecimal[] fees = new BigDecimal[bands.length];
            for (PriceBand b : bands) {
                BigDecimal fee = fba.in(b).amount();
                fees[b.ordinal()] = fee.add(fee.multiply(fuelRate));
            }
            fbaWithFuelForCheck = fees;
            fixedCostsForCheck = landed.add(closingFee).add(storage).add(agedSurcharge).add(placement)
                    .add(expectedReturnCostBeforeRefundFee);
        }
    }

    /**
     * profitAt(price) − marginShare × price − profitNeeded ≥ 0, rearranged exactly: the price-dependent
     * terms (short numbers) on one side, the price-independent costs plus the profit needed (long numbers,
     * summed once per solve) on the other, so each check is one comparison with the long number instead of
     * a chain of additions to it.
     */
    private boolean meets(BigDecimal price, BigDecimal marginShare, BigDecimal fixedAndNeeded) {
        BigDecimal referralFee = referral.feeAt(price);
        BigDecimal kept = price.subtract(referralFee).subtract(fbaWithFuelForCheck[PriceBand.of(price).ordinal()])
                .subtract(returnRate.multiply(schedule.refundAdministration().on(referralFee)))
                .subtract(tacos.multiply(price)).subtract(marginShare.multiply(price));
        return kept.compareTo(fixedAndNeeded) >= 0;
    }

    private static BigDecimal validPrice(Money price) {
        Objects.requireNonNull(price, "price");
        if (!price.currency().equals(Money.USD)) {
            throw new IllegalArgumentException("Price must be in USD, was " + price);
        }
        BigDecimal p = price.amount();
        if (p.signum() <= 0) {
            throw new IllegalArgumentException("Price must be positive, was " + p.toPlainString());
        }
        if (p.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("Price must be in whole cents, was " + p.toPlainString());
        }
        return p;
    }

    private static WaterfallLine usd(String key, BigDecimal amount, java.util.function.Supplier<String> source) {
        return WaterfallLine.explainedBy(key, Money.usd(amount), source);
    }
}
