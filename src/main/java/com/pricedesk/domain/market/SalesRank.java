package com.pricedesk.domain.market;

import java.util.List;
import java.util.Optional;

/**
 * Best Sellers Rank of one ASIN (1 is best): the main category rank (Amazon's "display group",
 * e.g. Home &amp; Kitchen) and the ranks in narrower categories.
 */
public record SalesRank(String asin, Optional<Rank> mainCategory, List<Rank> subCategories) {

    /** A rank in one category, with Amazon's category title. */
    public record Rank(String category, int rank) {
    }

    public SalesRank {
        subCategories = List.copyOf(subCategories);
    }
}
