package com.pricedesk.app.imports;

import com.pricedesk.domain.catalog.Dimensions;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.catalog.Weight;
import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.imports.SkuSnapshot;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.PriceSettings;
import com.pricedesk.domain.imports.CostField;
import com.pricedesk.domain.imports.CostSheetRow;
import com.pricedesk.domain.imports.DimensionsWeight;
import com.pricedesk.domain.imports.TableLayout;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies one sheet row to what is stored for its SKU: cells the seller filled in replace stored
 * values, blank cells keep them, so a sheet with only 采购价 updates only the purchase cost. The same
 * holds for the seller's prices (最低价, 封顶价, 常规售价).
 */
final class RowMerger {
    private static final Set<CostField> COST_FIELDS = EnumSet.of(CostField.PURCHASE, CostField.FREIGHT,
            CostField.FREIGHT_BASIS, CostField.VOLUMETRIC_DIVISOR, CostField.TARIFF, CostField.CUSTOMS_VALUE,
            CostField.PACKAGING, CostField.LABELING, CostField.PREP, CostField.OTHER, CostField.INBOUND_PLACEMENT,
            CostField.RETURN_RATE, CostField.UNSELLABLE, CostField.TACOS, CostField.STORAGE_MONTHS);

    private final FreightBasis headerFreightBasis;

    RowMerger(TableLayout layout) {
        this.headerFreightBasis = layout.column(CostField.FREIGHT).map(c -> c.units().freightBasis()).orElse(null);
    }

    SkuSnapshot merge(SkuSnapshot stored, CostSheetRow row) throws RowRejected {
        Map<CostField, Object> v = row.values();
        Sku old = stored == null ? null : stored.sku();
        String sku = row.sellerSku();
        String localTitle = pick(v, CostField.LOCAL_TITLE, old == null ? null : old.localTitle());
        String title = pick(v, CostField.TITLE, old == null ? (localTitle != null ? localTitle : sku) : old.title());
        Sku merged = new Sku(sku,
                pick(v, CostField.ASIN, old == null ? null : old.asin()),
                title, localTitle,
                pick(v, CostField.CATEGORY, old == null ? "" : old.category()),
                pick(v, CostField.TIER, old == null ? Tier.REGULAR : old.tier()),
                pick(v, CostField.TAGS, old == null ? List.of() : old.tags()),
                dimensions(v, old), weight(v, old));
        return new SkuSnapshot(merged, cost(v, stored == null ? null : stored.cost()),
                prices(v, stored == null ? PriceSettings.NONE : stored.prices()));
    }

    /**
     * The seller's prices (最低价, 封顶价, 常规售价) like every other optional column: a filled-in cell
     * replaces the stored price, a blank cell keeps it (clearing one is done in the grid or with
     * {@code skus limits}/{@code skus regular-price}, never by an empty cell a seller may not have meant).
     * Null when the row sets none of them.
     */
    private static PriceSettings prices(Map<CostField, Object> v, PriceSettings base) {
        if (!v.containsKey(CostField.MIN_PRICE) && !v.containsKey(CostField.MAX_PRICE)
                && !v.containsKey(CostField.REGULAR_PRICE)) {
            // the row does not touch them: the snapshot does not speak for them, so storing it (and
            // reverting it) leaves the stored prices alone, and the history is written as before
            return null;
        }
        PriceSettings b = base == null ? PriceSettings.NONE : base;
        return new PriceSettings(pick(v, CostField.MIN_PRICE, b.manualMin()), pick(v, CostField.MAX_PRICE, b.manualMax()),
                pick(v, CostField.REGULAR_PRICE, b.regularPrice()));
    }

    @SuppressWarnings("unchecked")
    private static <T> T pick(Map<CostField, Object> v, CostField f, T fallback) {
        Object o = v.get(f);
        return o == null ? fallback : (T) o;
    }

    private static Dimensions dimensions(Map<CostField, Object> v, Sku old) throws RowRejected {
        DimensionsWeight dw = (DimensionsWeight) v.get(CostField.DIMENSIONS_WEIGHT);
        Dimensions stored = old == null ? null : old.dimensions();
        BigDecimal l = pick(v, CostField.LENGTH, dw != null ? dw.lengthCm() : stored == null ? null : stored.lengthCm());
        BigDecimal w = pick(v, CostField.WIDTH, dw != null ? dw.widthCm() : stored == null ? null : stored.widthCm());
        BigDecimal h = pick(v, CostField.HEIGHT, dw != null ? dw.heightCm() : stored == null ? null : stored.heightCm());
        if (l == null && w == null && h == null) {
            return null;
        }
        if (l == null || w == null || h == null) {
            throw new RowRejected("excel.row.dimensionsIncomplete");
        }
        return new Dimensions(l, w, h);
    }

    private static Weight weight(Map<CostField, Object> v, Sku old) {
        DimensionsWeight dw = (DimensionsWeight) v.get(CostField.DIMENSIONS_WEIGHT);
        BigDecimal kg = pick(v, CostField.WEIGHT, dw != null && dw.weightKg() != null ? dw.weightKg() : null);
        if (kg != null) {
            return new Weight(kg);
        }
        return old == null ? null : old.weight();
    }

    private CostProfile cost(Map<CostField, Object> v, CostProfile base) throws RowRejected {
        if (v.keySet().stream().noneMatch(COST_FIELDS::contains)) {
            return base;
        }
        Money purchase = pick(v, CostField.PURCHASE, base == null ? null : base.purchase());
        if (purchase == null) {
            throw new RowRejected("excel.row.purchaseRequired");
        }
        FreightBasis basis = pick(v, CostField.FREIGHT_BASIS,
                v.containsKey(CostField.FREIGHT) && headerFreightBasis != null ? headerFreightBasis
                        : base != null ? base.freightBasis() : FreightBasis.PER_UNIT);
        return new CostProfile(purchase, basis,
                pick(v, CostField.FREIGHT, base == null ? Money.zero(Money.CNY) : base.freightRate()),
                pick(v, CostField.VOLUMETRIC_DIVISOR,
                        base == null ? CostProfile.DEFAULT_VOLUMETRIC_DIVISOR : base.volumetricDivisor()),
                pick(v, CostField.TARIFF, base == null ? BigDecimal.ZERO : base.tariffPct()),
                pick(v, CostField.CUSTOMS_VALUE, base == null ? null : base.customsValue()),
                pick(v, CostField.PACKAGING, base == null ? null : base.packaging()),
                pick(v, CostField.LABELING, base == null ? null : base.labeling()),
                pick(v, CostField.PREP, base == null ? null : base.prep()),
                pick(v, CostField.OTHER, base == null ? null : base.other()),
                pick(v, CostField.INBOUND_PLACEMENT, base == null ? null : base.inboundPlacement()),
                pick(v, CostField.RETURN_RATE, base == null ? BigDecimal.ZERO : base.returnRatePct()),
                pick(v, CostField.UNSELLABLE, base == null ? BigDecimal.ZERO : base.unsellablePct()),
                pick(v, CostField.TACOS, base == null ? BigDecimal.ZERO : base.tacosPct()),
                pick(v, CostField.STORAGE_MONTHS, base == null ? BigDecimal.ZERO : base.storageMonths()));
    }
}
