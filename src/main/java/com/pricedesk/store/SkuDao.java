package com.pricedesk.store;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Statements on the sku and sku_tag tables. */
interface SkuDao {

    @SqlQuery("SELECT * FROM sku ORDER BY seller_sku")
    List<SkuRow> findAll();

    @SqlQuery("SELECT * FROM sku WHERE seller_sku = :sku")
    List<SkuRow> find(@Bind("sku") String sellerSku);

    @SqlQuery("SELECT seller_sku, tag FROM sku_tag ORDER BY seller_sku, tag")
    List<TagRow> allTags();

    @SqlQuery("SELECT seller_sku, tag FROM sku_tag WHERE seller_sku = :sku ORDER BY tag")
    List<TagRow> tags(@Bind("sku") String sellerSku);

    @SqlBatch("""
            MERGE INTO sku (seller_sku, asin, title, local_title, category, tier, length_cm, width_cm, height_cm,
                            weight_kg, updated_at)
            KEY (seller_sku)
            VALUES (:sellerSku, :asin, :title, :localTitle, :category, :tier, :lengthCm, :widthCm, :heightCm,
                    :weightKg, CURRENT_TIMESTAMP)""")
    void upsert(@BindMethods List<SkuRow> rows);

    @SqlBatch("DELETE FROM sku_tag WHERE seller_sku = :sku")
    void deleteTags(@Bind("sku") List<String> sellerSkus);

    @SqlBatch("INSERT INTO sku_tag (seller_sku, tag) VALUES (:sellerSku, :tag)")
    void insertTags(@BindMethods List<TagRow> tags);

    @SqlQuery("SELECT COUNT(*) FROM sku")
    int count();

    @SqlUpdate("DELETE FROM sku")
    void deleteAll();
}
