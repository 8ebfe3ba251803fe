package com.pricedesk.store;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.port.SkuRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** SKUs in H2. Tags are read in one query and joined in memory to avoid one query per SKU. */
public final class JdbiSkuRepository implements SkuRepository {
    private final Jdbi jdbi;

    public JdbiSkuRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
        jdbi.registerRowMapper(ConstructorMapper.factory(SkuRow.class));
        jdbi.registerRowMapper(ConstructorMapper.factory(TagRow.class));
    }

    @Override
    public List<Sku> findAll() {
        return jdbi.inTransaction(h -> {
            SkuDao dao = h.attach(SkuDao.class);
            Map<String, List<String>> tags = new HashMap<>();
            for (TagRow t : dao.allTags()) {
                tags.computeIfAbsent(t.sellerSku(), k -> new ArrayList<>()).add(t.tag());
            }
            return dao.findAll().stream().map(r -> r.toSku(tags.getOrDefault(r.sellerSku(), List.of()))).toList();
        });
    }

    @Override
    public Optional<Sku> find(String sellerSku) {
        return jdbi.inTransaction(h -> {
            SkuDao dao = h.attach(SkuDao.class);
            List<String> tags = dao.tags(sellerSku).stream().map(TagRow::tag).toList();
            return dao.find(sellerSku).stream().findFirst().map(r -> r.toSku(tags));
        });
    }

    @Override
    public void saveAll(Collection<Sku> skus) {
        if (skus.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> {
            SkuDao dao = h.attach(SkuDao.class);
            dao.upsert(skus.stream().map(SkuRow::of).toList());
            dao.deleteTags(skus.stream().map(Sku::sellerSku).toList());
            List<TagRow> tags = skus.stream()
                    .flatMap(s -> s.tags().stream().distinct().map(t -> new TagRow(s.sellerSku(), t)))
                    .toList();
            if (!tags.isEmpty()) {
                dao.insertTags(tags);
            }
        });
    }

    @Override
    public int count() {
        return jdbi.withExtension(SkuDao.class, SkuDao::count);
    }

    @Override
    public void deleteAll() {
        jdbi.useExtension(SkuDao.class, SkuDao::deleteAll);
    }
}
