package com.pricedesk.domain.port;

import com.pricedesk.domain.catalog.Sku;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored SKUs of the workspace. */
public interface SkuRepository {
    List<Sku> findAll();

    Optional<Sku> find(String sellerSku);

    /** Inserts or replaces the given SKUs (with their tags) in one transaction. */
    void saveAll(Collection<Sku> skus);

    int count();

    /** Removes every SKU and what hangs off it (costs, prices, tags). */
    void deleteAll();
}
