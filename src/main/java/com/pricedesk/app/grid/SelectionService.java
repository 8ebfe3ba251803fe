package com.pricedesk.app.grid;

import com.pricedesk.app.repricing.RepricingRun;
import com.pricedesk.app.repricing.RepricingService;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.port.SkuRepository;
import com.pricedesk.domain.port.UnitOfWork;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the seller does to several selected SKUs at once: move them to a tier, add or remove a tag
 * (each one transaction, all or nothing), or run the rules over them as a dry run.
 */
public final class SelectionService {
    private static final Logger log = LoggerFactory.getLogger(SelectionService.class);
    static final int MAX_TAG_LENGTH = 40;

    private final SkuRepository skus;
    private final UnitOfWork unitOfWork;
    private final SkuGridService grid;
    private final RepricingService repricing;

    public SelectionService(SkuRepository skus, UnitOfWork unitOfWork, SkuGridService grid,
                            RepricingService repricing) {
        this.skus = skus;
        this.unitOfWork = unitOfWork;
        this.grid = grid;
        this.repricing = repricing;
    }

    /** Moves the SKUs to {@code tier}; returns their rows recomputed (floor and KPIs follow the tier). */
    public List<SkuGridRow> moveTier(Collection<String> sellerSkus, Tier tier) {
        return change(sellerSkus, "tier " + tier, s -> new Sku(s.sellerSku(), s.asin(), s.title(), s.localTitle(),
                s.category(), tier, s.tags(), s.dimensions(), s.weight()));
    }

    public List<SkuGridRow> addTag(Collection<String> sellerSkus, String tag) {
        String t = checkedTag(tag);
        return change(sellerSkus, "add tag " + t, s -> {
            if (s.tags().stream().anyMatch(x -> x.equalsIgnoreCase(t))) {
                return s;
            }
            List<String> tags = new ArrayList<>(s.tags());
            tags.add(t);
            return withTags(s, tags);
        });
    }

    public List<SkuGridRow> removeTag(Collection<String> sellerSkus, String tag) {
        String t = checkedTag(tag);
        return change(sellerSkus, "remove tag " + t,
                s -> withTags(s, s.tags().stream().filter(x -> !x.equalsIgnoreCase(t)).toList()));
    }

    /** The rules over these SKUs only, as a dry run: nothing is stored or queued. */
    public RepricingRun runRules(Collection<String> sellerSkus) {
        return repricing.dryRun(sellerSkus);
    }

    /** A tag is one trimmed word or phrase without commas (sheets list tags comma-separated). */
    static String checkedTag(String tag) {
        String t = tag == null ? "" : tag.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("A tag must not be empty");
        }
        if (t.contains(",") || t.contains("，")) {
            throw new IllegalArgumentException("A tag must not contain a comma: '" + t + "'");
        }
        if (t.length() > MAX_TAG_LENGTH) {
            throw new IllegalArgumentException("A tag must be at most " + MAX_TAG_LENGTH + " characters: '" + t + "'");
        }
        return t;
    }

    private List<SkuGridRow> change(Collection<String> sellerSkus, String what, UnaryOperator<Sku> edit) {
        Set<String> wanted = new LinkedHashSet<>(sellerSkus);
        if (wanted.isEmpty()) {
            return List.of();
        }
        unitOfWork.run(() -> {
            List<Sku> changed = new ArrayList<>();
            for (String id : wanted) {
                Sku s = skus.find(id).orElseThrow(() -> new IllegalArgumentException("Unknown SKU '" + id + "'"));
                Sku after = edit.apply(s);
                if (!after.equals(s)) {
                    changed.add(after);
                }
            }
            skus.saveAll(changed);
        });
        log.info("Selection change '{}' on {} SKUs", what, wanted.size());
        return grid.rows(wanted);
    }

    private static Sku withTags(Sku s, List<String> tags) {
        return new Sku(s.sellerSku(), s.asin(), s.title(), s.localTitle(), s.category(), s.tier(), tags,
                s.dimensions(), s.weight());
    }
}
