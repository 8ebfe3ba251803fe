package com.pricedesk.ui.skus;

import com.pricedesk.app.grid.CostEdit;
import com.pricedesk.app.grid.EditableCost;
import com.pricedesk.app.grid.PriceSettingEdit;
import com.pricedesk.app.repricing.PriceSettingField;
import com.pricedesk.app.grid.GridLayoutService.ColumnChoice;
import com.pricedesk.app.grid.SkuGridRow;
import com.pricedesk.app.repricing.RepricingRun;
import com.pricedesk.domain.catalog.Tier;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The app services the grid calls, always off the FX thread. The window backs it with the real
 * services ({@code AppGridBackend}); ViewModel tests with an in-memory fake.
 */
public interface SkuGridBackend {
    List<SkuGridRow> rows();

    /** The rows as last built (kept between sessions), to show at once while {@link #rows()} runs. */
    default Optional<List<SkuGridRow>> cachedRows() {
        return Optional.empty();
    }

    CostEdit editCost(String sellerSku, EditableCost field, BigDecimal amount);

    /** Sets (present) or clears (empty) one of the prices the seller sets; the row comes back recomputed. */
    default PriceSettingEdit editPriceSetting(String sellerSku, PriceSettingField field, Optional<BigDecimal> amount) {
        throw new UnsupportedOperationException("price settings are not editable here");
    }

    List<SkuGridRow> moveTier(Collection<String> sellerSkus, Tier tier);

    List<SkuGridRow> addTag(Collection<String> sellerSkus, String tag);

    List<SkuGridRow> removeTag(Collection<String> sellerSkus, String tag);

    RepricingRun runRules(Collection<String> sellerSkus);

    Optional<List<ColumnChoice>> loadColumns();

    void saveColumns(List<ColumnChoice> columns);
}
