package com.pricedesk.app.imports;

import com.pricedesk.domain.catalog.Dimensions;
import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.cost.LandedCost;
import com.pricedesk.domain.imports.SkuSnapshot;
import com.pricedesk.domain.money.FxRate;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.imports.CostField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Values that parse but are probably typos: a 300 kg phone case, a purchase price in fen, a SKU
 * that loses money at its current price before Amazon even takes its fees. Warnings, never errors.
 */
final class Plausibility {
    /** A warning about one field of a row; the service adds the sheet location. */
    record Finding(CostField field, String key, List<Object> args) {
    }

    private static final BigDecimal MAX_KG = new BigDecimal("70");
    private static final BigDecimal MAX_CM = new BigDecimal("270");
    private static final BigDecimal MAX_PURCHASE_CNY = new BigDecimal("20000");
    private static final BigDecimal MAX_PURCHASE_USD = new BigDecimal("3000");
    private static final BigDecimal MAX_RATE_PCT = new BigDecimal("50");
    private static final BigDecimal MAX_TARIFF_PCT = new BigDecimal("100");

    List<Finding> check(SkuSnapshot s, Optional<Money> price, Optional<FxRate> fx) {
        List<Finding> out = new ArrayList<>();
        if (s.sku().weight() != null && s.sku().weight().kg().compareTo(MAX_KG) > 0) {
            out.add(new Finding(CostField.WEIGHT, "excel.warn.weight", List.of(plain(s.sku().weight().kg()))));
        }
        Dimensions d = s.sku().dimensions();
        if (d != null && d.lengthCm().max(d.widthCm()).max(d.heightCm()).compareTo(MAX_CM) > 0) {
            out.add(new Finding(CostField.LENGTH, "excel.warn.dimension",
                    List.of(plain(d.lengthCm().max(d.widthCm()).max(d.heightCm())))));
        }
        CostProfile c = s.cost();
        if (c == null) {
            return out;
        }
        BigDecimal limit = c.purchase().currency().equals(Money.USD) ? MAX_PURCHASE_USD : MAX_PURCHASE_CNY;
        if (c.purchase().amount().compareTo(limit) > 0) {
            out.add(new Finding(CostField.PURCHASE, "excel.warn.purchase", List.of(c.purchase().toString())));
        }
        if (c.tariffPct().compareTo(MAX_TARIFF_PCT) > 0) {
            out.add(new Finding(CostField.TARIFF, "excel.warn.rate", List.of(plain(c.tariffPct()))));
        }
        for (var e : List.of(java.util.Map.entry(CostField.RETURN_RATE, c.returnRatePct()),
                java.util.Map.entry(CostField.UNSELLABLE, c.unsellablePct()),
                java.util.Map.entry(CostField.TACOS, c.tacosPct()))) {
            if (e.getValue().compareTo(MAX_RATE_PCT) > 0) {
                out.add(new Finding(e.getKey(), "excel.warn.rate", List.of(plain(e.getValue()))));
            }
        }
        boolean sized = s.sku().weight() != null || d != null;
        if (c.freightBasis() == FreightBasis.PER_KG && !sized) {
            out.add(new Finding(CostField.FREIGHT, "excel.warn.perKgNoWeight", List.of()));
        } else if (c.freightBasis() == FreightBasis.PER_CBM && d == null) {
            out.add(new Finding(CostField.FREIGHT, "excel.warn.perCbmNoSize", List.of()));
        } else if (price.isPresent() && fx.isPresent()) {
            Money landed = LandedCost.of(c, d, s.sku().weight(), fx.get()).total().rounded();
            if (landed.compareTo(price.get()) >= 0) {
                out.add(new Finding(CostField.PURCHASE, "excel.warn.lossAtPrice",
                        List.of(landed.toPlainString(), price.get().toPlainString())));
            }
        }
        return out;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
