package com.pricedesk.app.grid;

import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.CostProfileRepository;
import com.pricedesk.domain.port.UnitOfWork;
import com.pricedesk.app.repricing.PriceSettingField;
import com.pricedesk.app.repricing.PriceSettingsService;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores one cost field the seller typed into the grid, in the currency the field is already kept in,
 * and hands back the SKU's row with its economics recomputed. Undo is the same call with the old value.
 */
public final class CostEditService {
    private static final Logger log = LoggerFactory.getLogger(CostEditService.class);
    /** Sheets carry CNY purchase prices to 4 decimals (e.g. 3.1415 per unit on big orders). */
    static final int MAX_DECIMALS = 4;

    private final CostProfileRepository costs;
    private final UnitOfWork unitOfWork;
    private final SkuGridService grid;
    private final PriceSettingsService priceSettings;

    public CostEditService(CostProfileRepository costs, UnitOfWork unitOfWork, SkuGridService grid) {
        this(costs, unitOfWork, grid, null);
    }

    /** With {@code priceSettings}, the grid's 最低价 / 封顶价 / 常规售价 cells are editable too. */
    public CostEditService(CostProfileRepository costs, UnitOfWork unitOfWork, SkuGridService grid,
                           PriceSettingsService priceSettings) {
        this.costs = costs;
        this.unitOfWork = unitOfWork;
        this.grid = grid;
        this.priceSettings = priceSettings;
    }

    /**
     * Sets ({@code amount} present) or clears (empty) one of the prices the seller sets, through
     * {@link PriceSettingsService} (which refuses bad values with nothing stored), and hands back the
     * SKU's row with its floor, ceiling and KPIs recomputed. Undo is the same call with the old value.
     */
    public PriceSettingEdit editPriceSetting(String sellerSku, PriceSettingField field, Optional<BigDecimal> amount) {
        if (priceSettings == null) {
            throw new IllegalStateException("Price settings are not wired into this CostEditService");
        }
        PriceSettingsService.PriceSettingsChange change = priceSettings.set(sellerSku, field, amount);
        SkuGridRow row = grid.row(sellerSku).orElseThrow();
        return new PriceSettingEdit(sellerSku, field, field.of(change.before()), field.of(change.after()),
                change.regularOutsideLimits(), row);
    }

    /**
     * Sets {@code field} of the SKU's cost profile to {@code amount}. Refused, with nothing stored, when the
     * SKU has no cost profile or the amount is negative, has more than 4 decimals, or is a zero purchase price.
     */
    public CostEdit edit(String sellerSku, EditableCost field, BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(label(field) + " of " + sellerSku + " must not be negative, was "
                    + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new IllegalArgumentException(label(field) + " of " + sellerSku + " has more than " + MAX_DECIMALS
                    + " decimals: " + amount.toPlainString());
        }
        if (field == EditableCost.PURCHASE && amount.signum() == 0) {
            throw new IllegalArgumentException("Purchase price of " + sellerSku + " must be above zero");
        }
        Money[] before = new Money[1];
        Money after = unitOfWork.inTransaction(() -> {
            CostProfile profile = costs.find(sellerSku).orElseThrow(() -> new IllegalArgumentException(
                    "SKU " + sellerSku + " has no cost profile: import its costs first"));
            before[0] = field.of(profile);
            Money value = new Money(amount, before[0].currency());
            costs.saveAll(Map.of(sellerSku, field.with(profile, value)));
            return value;
        });
        log.info("Cost edit of {}: {} {} → {}", sellerSku, label(field), before[0], after);
        SkuGridRow row = grid.row(sellerSku).orElseThrow();
        return new CostEdit(sellerSku, field, before[0], after, row);
    }

    private static String label(EditableCost field) {
        return switch (field) {
            case PURCHASE -> "Purchase price";
            case FREIGHT -> "Freight rate";
            case PACKAGING -> "Packaging";
        };
    }
}
