package com.pricedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.app.rules.StarterRules;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.kpi.KpiBook;
import com.pricedesk.domain.kpi.KpiTargets;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.RuleSetFormat.RuleFormatException;
import com.pricedesk.domain.pricing.PriceLimits;
import com.pricedesk.domain.pricing.RepricingArbitraries;
import com.pricedesk.domain.rules.RuleSet;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V5 on a real H2 file: versioned rule sets, KPI targets with overrides, price limits, and the JSON form. */
class RuleStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
    private final JsonRuleSetFormat format = new JsonRuleSetFormat();

    @TempDir
    Path dir;

    @Test
    void everyEditIsANewVersionAndOldVersionsStay() {
        try (Workspace ws = Workspace.open(dir, CLOCK)) {
            JdbiRuleSetRepository repo = new JdbiRuleSetRepository(ws.jdbi(), format);
            assertThat(repo.current()).isEmpty();
            RuleSet v1 = repo.saveNewVersion(StarterRules.all(), CLOCK.instant(), "first");
            RuleSet v2 = repo.saveNewVersion(List.of(StarterRules.followFbaUndercut().withEnabled(false)),
                    CLOCK.instant().plusSeconds(60), "switched off");
            assertThat(v1.version()).isEqualTo(1);
            assertThat(v2.version()).isEqualTo(2);
            assertThat(repo.current().orElseThrow().rules().get(0).enabled()).isFalse();
            assertThat(repo.version(1).orElseThrow().rules()).isEqualTo(StarterRules.all());
            assertThat(repo.history()).extracting(RuleSet::version).containsExactly(1, 2);
        }
    }

    @Test
    void jsonRoundTripIsExactForEveryConditionActionAndFilter() {
        for (long seed = 0; seed < 2000; seed++) {
            RuleSet rules = RepricingArbitraries.fromSeed(seed).rules();
            RuleSet back = format.read(format.write(rules));
            assertThat(back.rules()).as("seed " + seed).isEqualTo(rules.rules());
        }
    }

    @Test
    void badRuleFilesAreRejectedWithWhereAndWhat() {
        assertThatThrownBy(() -> format.read("{not json")).isInstanceOf(RuleFormatException.class)
                .hasMessageContaining("Not valid JSON");
        assertThatThrownBy(() -> format.read("{\"format\":\"something-else\"}")).hasMessageContaining("not a PriceDesk rules file");
        String unknownAction = "{\"format\":\"pricedesk-rules\",\"format_version\":1,\"rules\":[{\"id\":\"a\",\"priority\":1,"
                + "\"action\":{\"type\":\"teleport\"}}]}";
        assertThatThrownBy(() -> format.read(unknownAction)).isInstanceOf(RuleFormatException.class)
                .hasMessageContaining("rules[0].action.type").hasMessageContaining("teleport");
        String badFact = "{\"format\":\"pricedesk-rules\",\"format_version\":1,\"rules\":[{\"id\":\"a\",\"priority\":1,"
                + "\"conditions\":{\"match\":\"all\",\"list\":[{\"type\":\"fact\",\"fact\":\"moon_phase\",\"comparison\":\"at_most\","
                + "\"value\":\"3\"}]},\"action\":{\"type\":\"restore_regular_price\"}}]}";
        assertThatThrownBy(() -> format.read(badFact)).hasMessageContaining("rules[0].conditions.list[0].fact")
                .hasMessageContaining("bsr");
    }

    @Test
    void kpiTargetsAndOverridesRoundTrip() {
        try (Workspace ws = Workspace.open(dir, CLOCK)) {
            new JdbiSkuRepository(ws.jdbi()).saveAll(List.of(sku("SPAT-01")));
            JdbiKpiTargetRepository repo = new JdbiKpiTargetRepository(ws.jdbi());
            assertThat(repo.load()).isEmpty();
            KpiBook book = KpiBook.defaults().withOverride("SPAT-01", KpiTargets.NONE.withMinMargin(new BigDecimal("22.5")));
            repo.save(book);
            KpiBook loaded = repo.load().orElseThrow();
            assertThat(loaded).isEqualTo(book);
            assertThat(loaded.forSku(sku("SPAT-01")).minMarginPct()).contains(new BigDecimal("22.5"));
        }
    }

    @Test
    void priceLimitsRoundTrip() {
        try (Workspace ws = Workspace.open(dir, CLOCK)) {
            new JdbiSkuRepository(ws.jdbi()).saveAll(List.of(sku("SPAT-01")));
            JdbiPriceLimitRepository repo = new JdbiPriceLimitRepository(ws.jdbi());
            PriceLimits limits = new PriceLimits(Optional.of(Money.usd("12.50")), Optional.empty());
            repo.save("SPAT-01", limits);
            assertThat(repo.findAll().get("SPAT-01").manualMin().orElseThrow()).isEqualByComparingTo(Money.usd("12.50"));
            assertThat(repo.findAll().get("SPAT-01").manualMax()).isEmpty();
        }
    }

    private static Sku sku(String id) {
        return new Sku(id, "B0TEST0001", "Spatula", "铲", "home-and-kitchen", Tier.HERO, List.of(), null, null);
    }
}
