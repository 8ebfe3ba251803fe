package com.pricedesk.domain.port;

import com.pricedesk.domain.cost.CostProfile;
import java.util.Map;
import java.util.Optional;

/** Cost profiles keyed by seller SKU. */
public interface CostProfileRepository {
    Optional<CostProfile> find(String sellerSku);

    Map<String, CostProfile> findAll();

    void saveAll(Map<String, CostProfile> profiles);
}
