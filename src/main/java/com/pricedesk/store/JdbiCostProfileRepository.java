package com.pricedesk.store;

import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.port.CostProfileRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Cost profiles in H2. */
public final class JdbiCostProfileRepository implements CostProfileRepository {
    private final Jdbi jdbi;

    public JdbiCostProfileRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
        jdbi.registerRowMapper(ConstructorMapper.factory(CostProfileRow.class));
    }

    @Override
    public Optional<CostProfile> find(String sellerSku) {
        return jdbi.withExtension(CostProfileDao.class, d -> d.find(sellerSku).stream().findFirst()
                .map(CostProfileRow::toProfile));
    }

    @Override
    public Map<String, CostProfile> findAll() {
        Map<String, CostProfile> out = new LinkedHashMap<>();
        jdbi.useExtension(CostProfileDao.class, d -> d.findAll().forEach(r -> out.put(r.sellerSku(), r.toProfile())));
        return out;
    }

    @Override
    public void saveAll(Map<String, CostProfile> profiles) {
        if (profiles.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> h.attach(CostProfileDao.class).upsert(
                profiles.entrySet().stream().map(e -> CostProfileRow.of(e.getKey(), e.getValue())).toList()));
    }
}
