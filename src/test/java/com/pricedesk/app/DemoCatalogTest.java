package com.pricedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.app.demo.DemoCatalog;
import com.pricedesk.domain.catalog.Tier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo shop is deterministic, plausible and looks like a real Chinese seller's catalogue. */
class DemoCatalogTest {

    @Test
    void sameSeedSameShopOtherSeedOtherPrices() {
        List<DemoCatalog.Item> a = DemoCatalog.generate(7, 300);
        List<DemoCatalog.Item> b = DemoCatalog.generate(7, 300);
        List<DemoCatalog.Item> c = DemoCatalog.generate(8, 300);
        assertThat(a).isEqualTo(b);
        assertThat(a.stream().map(DemoCatalog.Item::price).toList())
                .isNotEqualTo(c.stream().map(DemoCatalog.Item::price).toList());
    }

    @Test
    void skusAndAsinsAreUniqueAndCategoriesRealistic() {
        List<DemoCatalog.Item> items = DemoCatalog.generate(20261129L, 300);
        assertThat(items).hasSize(300);
        Set<String> skus = new HashSet<>();
        Set<String> asins = new HashSet<>();
        for (DemoCatalog.Item i : items) {
            assertThat(skus.add(i.sku().sellerSku())).as("unique " + i.sku().sellerSku()).isTrue();
            assertThat(asins.add(i.sku().asin())).isTrue();
            assertThat(i.sku().asin()).matches("B0[0-9A-Z]{8}");
            assertThat(i.price().amount().toPlainString()).endsWith(".99");
            assertThat(i.cost().purchase().currency().getCurrencyCode()).isEqualTo("CNY");
            assertThat(i.sku().localTitle()).isNotBlank();
        }
        assertThat(items.stream().map(i -> i.sku().category()).distinct())
                .contains("Home and Kitchen", "Electronics Accessories", "Sports and Outdoors");
        assertThat(items.stream().map(i -> i.sku().tier()).distinct()).containsExactlyInAnyOrder(Tier.values());
    }
}
