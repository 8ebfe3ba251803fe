package com.pricedesk.app.grid;

import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.money.Money;

/** The cost fields the seller may edit in the grid; each keeps the currency it is stored in. */
public enum EditableCost {
    /** 采购价, usually CNY per unit. */
    PURCHASE,
    /** 头程运费 per the profile's freight basis (per kg, per CBM or per unit). */
    FREIGHT,
    /** 包装费 per unit. */
    PACKAGING;

    public Money of(CostProfile p) {
        return switch (this) {
            case PURCHASE -> p.purchase();
            case FREIGHT -> p.freightRate();
            case PACKAGING -> p.packaging();
        };
    }

    /** The profile with this field set to {@code value}; everything else unchanged. */
    public CostProfile with(CostProfile p, Money value) {
        return new CostProfile(this == PURCHASE ? value : p.purchase(), p.freightBasis(),
                this == FREIGHT ? value : p.freightRate(), p.volumetricDivisor(), p.tariffPct(), p.customsValue(),
                this == PACKAGING ? value : p.packaging(), p.labeling(), p.prep(), p.other(), p.inboundPlacement(),
                p.returnRatePct(), p.unsellablePct(), p.tacosPct(), p.storageMonths());
    }

    /** Message key of the column heading, e.g. {@code grid.cost.purchase}. */
    public String messageKey() {
        return "grid.cost." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
