package com.pricedesk.ui.skus;

import com.pricedesk.app.grid.CostEdit;
import com.pricedesk.app.grid.CostEditService;
import com.pricedesk.app.grid.EditableCost;
import com.pricedesk.app.grid.PriceSettingEdit;
import com.pricedesk.app.repricing.PriceSettingField;
import com.pricedesk.app.grid.GridLayoutService;
import com.pricedesk.app.grid.GridLayoutService.ColumnChoice;
import com.pricedesk.app.grid.SelectionService;
import com.pricedesk.app.grid.SkuGridRow;
import com.pricedesk.app.grid.SkuGridService;
import com.pricedesk.app.repricing.RepricingRun;
import com.pricedesk.domain.catalog.Tier;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The grid's backend over the real app services. */
public final class AppGridBackend implements SkuGridBackend {
    private final SkuGridService grid;
    private final CostEditService costs;
    private final SelectionService selection;
    private final GridLayoutService layout;

    public AppGridBackend(SkuGridService grid, CostEditService costs, SelectionService selection,
                          GridLayoutService layout) {
        this.grid = grid;
        this.costs = costs;
        this.selection = selection;
        this.layout = layout;
    }

    @Override
    public List<SkuGridRow> rows() {
        return grid.rows();
    }

    @Override
    public Optional<List<SkuGridRow>> cachedRows() {
        return grid.cachedRows().map(com.pricedesk.app.grid.GridRowCache.Snapshot::rows);
    }

    @Override
    public CostEdit editCost(String sellerSku, EditableCost field, BigDecimal amount) {
        return costs.edit(sellerSku, field, amount);
    }

    @Override
    public PriceSettingEdit editPriceSetting(String sellerSku, PriceSettingField field, Optional<BigDecimal> amount) {
        return costs.editPriceSetting(sellerSku, field, amount);
    }

    @Override
    public List<SkuGridRow> moveTier(Collection<String> sellerSkus, Tier tier) {
        return selection.moveTier(sellerSkus, tier);
    }

    @Override
    public List<SkuGridRow> addTag(Collection<String> sellerSkus, String tag) {
        return selection.addTag(sellerSkus, tag);
    }

    @Override
    public List<SkuGridRow> removeTag(Collection<String> sellerSkus, String tag) {
        return selection.removeTag(sellerSkus, tag);
    }

    @Override
    public RepricingRun runRules(Collection<String> sellerSkus) {
        return selection.runRules(sellerSkus);
    }

    @Override
    public Optional<List<ColumnChoice>> loadColumns() {
        return layout.load();
    }

    @Override
    public void saveColumns(List<ColumnChoice> columns) {
        layout.save(columns);
    }
}
