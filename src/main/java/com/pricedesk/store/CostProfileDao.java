package com.pricedesk.store;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Statements on cost_profile. */
interface CostProfileDao {
    @SqlQuery("SELECT * FROM cost_profile")
    List<CostProfileRow> findAll();

    @SqlQuery("SELECT * FROM cost_profile WHERE seller_sku = :sku")
    List<CostProfileRow> find(@Bind("sku") String sellerSku);

    @SqlBatch("""
            MERGE INTO cost_profile (seller_sku, purchase_amount, purchase_currency, freight_basis, freight_amount,
                freight_currency, volumetric_divisor, tariff_pct, customs_value_amount, customs_value_currency,
                packaging_amount, packaging_currency, labeling_amount, labeling_currency, prep_amount, prep_currency,
                other_amount, other_currency, inbound_placement_amount, inbound_placement_currency,
                return_rate_pct, unsellable_pct, tacos_pct, storage_months, updated_at)
            KEY (seller_sku)
            VALUES (:sellerSku, :purchaseAmount, :purchaseCurrency, :freightBasis, :freightAmount,
                :freightCurrency, :volumetricDivisor, :tariffPct, :customsValueAmount, :customsValueCurrency,
                :packagingAmount, :packagingCurrency, :labelingAmount, :labelingCurrency, :prepAmount, :prepCurrency,
                :otherAmount, :otherCurrency, :inboundPlacementAmount, :inboundPlacementCurrency,
                :returnRatePct, :unsellablePct, :tacosPct, :storageMonths, CURRENT_TIMESTAMP)""")
    void upsert(@BindMethods List<CostProfileRow> rows);
}
