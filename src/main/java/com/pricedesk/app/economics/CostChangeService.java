package com.pricedesk.app.economics;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.cost.fees.FeeOverride;
import com.pricedesk.domain.money.FxRate;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.CostProfileRepository;
import com.pricedesk.domain.port.FeeScheduleRepository;
import com.pricedesk.domain.port.FxRateRepository;
import com.pricedesk.domain.port.UnitOfWork;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a cost change (an FX rate, a fee table correction, a freight rate, a tariff), then recomputes
 * break-even and floors of every SKU the change touches and reports the ones now below their margin
 * target (PRODUCT.md §1.7).
 */
public final class CostChangeService {
    private static final Logger log = LoggerFactory.getLogger(CostChangeService.class);

    private final EconomicsService economics;
    private final FxRateRepository fxRates;
    private final FeeScheduleRepository feeTables;
    private final CostProfileRepository costs;
    private final UnitOfWork unitOfWork;

    public CostChangeService(EconomicsService economics, FxRateRepository fxRates, FeeScheduleRepository feeTables,
                             CostProfileRepository costs, UnitOfWork unitOfWork) {
        this.economics = economics;
        this.fxRates = fxRates;
        this.feeTables = feeTables;
        this.costs = costs;
        this.unitOfWork = unitOfWork;
    }

    /** A new CNY-per-USD rate: every SKU with a cost in CNY is affected from the rate's date. */
    public RecomputeReport fxRateChanged(FxRate rate) {
        LocalDate date = later(economics.today(), rate.date());
        Set<String> affected = skusWhere(CostChangeService::hasCny);
        return recompute("exchange rate " + rate.cnyPerUsd().toPlainString() + " CNY/USD from " + rate.date(), date,
                s -> affected.contains(s.sellerSku()), () -> fxRates.save(rate));
    }

    /** A corrected or new fee table: referral corrections touch one category, the others every SKU. */
    public RecomputeReport feeOverrideSaved(FeeOverride override, String note) {
        Predicate<Sku> affected = override instanceof FeeOverride.ReferralCorrection r
                ? s -> s.category().equalsIgnoreCase(r.category()) : s -> true;
        return recompute("fee table " + override.tableId(), economics.today(), affected,
                () -> feeTables.save(override, note));
    }

    /** The forwarder's rate changed: every profile on {@code basis} at {@code oldRate} moves to {@code newRate}. */
    public RecomputeReport freightRateChanged(FreightBasis basis, Money oldRate, Money newRate) {
        if (newRate.isNegative()) {
            throw new IllegalArgumentException("Freight rate must not be negative, was " + newRate);
        }
        Map<String, CostProfile> changed = new LinkedHashMap<>();
        costs.findAll().forEach((sku, p) -> {
            if (p.freightBasis() == basis && p.freightRate().currency().equals(oldRate.currency())
                    && p.freightRate().compareTo(oldRate) == 0) {
                changed.put(sku, withFreight(p, newRate));
            }
        });
        return recompute("freight " + basis + " " + oldRate + " → " + newRate, economics.today(),
                s -> changed.containsKey(s.sellerSku()), () -> costs.saveAll(changed));
    }

    /** A new tariff rate (% of customs value) for the given SKUs, e.g. one HS code's products. */
    public RecomputeReport tariffChanged(Collection<String> sellerSkus, BigDecimal tariffPct) {
        Map<String, CostProfile> all = costs.findAll();
        Map<String, CostProfile> changed = new LinkedHashMap<>();
        for (String sku : sellerSkus) {
            CostProfile p = all.get(sku);
            if (p == null) {
                throw new IllegalArgumentException("SKU " + sku + " has no cost profile to change the tariff of");
            }
            changed.put(sku, withTariff(p, tariffPct));
        }
        return recompute("tariff " + tariffPct.toPlainString() + "% on " + changed.size() + " SKUs", economics.today(),
                s -> changed.containsKey(s.sellerSku()), () -> costs.saveAll(changed));
    }

    private RecomputeReport recompute(String change, LocalDate date, Predicate<Sku> affected, Runnable apply) {
        Set<String> belowBefore = EconomicsService.below(economics.marginStatus(date, affected)).stream()
                .map(SkuMarginStatus::sellerSku).collect(Collectors.toSet());
        unitOfWork.run(apply);
        List<SkuMarginStatus> after = economics.marginStatus(date, affected);
        List<SkuMarginStatus> below = EconomicsService.below(after);
        List<String> newly = below.stream().map(SkuMarginStatus::sellerSku).filter(s -> !belowBefore.contains(s))
                .toList();
        List<SkuMarginStatus> unknown = after.stream().filter(s -> !s.known()).toList();
        log.info("Cost change '{}': {} SKUs recomputed, {} below their margin target ({} newly), {} unknown", change,
                after.size(), below.size(), newly.size(), unknown.size());
        return new RecomputeReport(change, after.size(), below, newly, unknown);
    }

    private Set<String> skusWhere(Predicate<CostProfile> test) {
        return costs.findAll().entrySet().stream().filter(e -> test.test(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static boolean hasCny(CostProfile p) {
        return List.of(p.purchase(), p.freightRate(), p.packaging(), p.labeling(), p.prep(), p.other()).stream()
                .anyMatch(m -> m.currency().equals(Money.CNY))
                || (p.customsValue() != null && p.customsValue().currency().equals(Money.CNY));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static CostProfile withFreight(CostProfile p, Money rate) {
        return new CostProfile(p.purchase(), p.freightBasis(), rate, p.volumetricDivisor(), p.tariffPct(),
                p.customsValue(), p.packaging(), p.labeling(), p.prep(), p.other(), p.inboundPlacement(),
                p.returnRatePct(), p.unsellablePct(), p.tacosPct(), p.storageMonths());
    }

    private static CostProfile withTariff(CostProfile p, BigDecimal tariffPct) {
        return new CostProfile(p.purchase(), p.freightBasis(), p.freightRate(), p.volumetricDivisor(), tariffPct,
                p.customsValue(), p.packaging(), p.labeling(), p.prep(), p.other(), p.inboundPlacement(),
                p.returnRatePct(), p.unsellablePct(), p.tacosPct(), p.storageMonths());
    }
}
