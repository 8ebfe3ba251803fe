package com.pricedesk.store.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.domain.cost.fees.FeeOptions;
import com.pricedesk.domain.cost.fees.FeeOverride;
import com.pricedesk.domain.cost.fees.FeeSchedule;
import com.pricedesk.domain.cost.fees.FeeSchedules;
import com.pricedesk.domain.cost.fees.FulfillmentTable;
import com.pricedesk.domain.cost.fees.PackageSize;
import com.pricedesk.domain.cost.fees.PriceBand;
import com.pricedesk.domain.cost.fees.SizeTier;
import com.pricedesk.domain.cost.fees.TableInfo;
import com.pricedesk.store.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User fee overrides stored in a real H2 workspace win over the shipped tables, as new table versions. */
class JdbiFeeScheduleRepositoryTest {
    private static final FeeSchedules SHIPPED = ShippedFeeTables.load();
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 2);
    private static final Clock CLOCK = Clock.fixed(MARCH.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final PackageSize THREE_OUNCES = new PackageSize(new BigDecimal("6"), new BigDecimal("4"),
            new BigDecimal("0.5"), new BigDecimal("0.1875"));

    @TempDir
    Path dir;

    private static FeeSchedule on(JdbiFeeScheduleRepository repo, LocalDate date) {
        return repo.current().on(date, new FeeOptions(false, false));
    }

    @Test
    void withoutOverridesTheShippedTablesApply() {
        try (Workspace ws = Workspace.open(dir, CLOCK)) {
            JdbiFeeScheduleRepository repo = new JdbiFeeScheduleRepository(ws.jdbi(), SHIPPED);
            assertThat(repo.overrides()).isEmpty();
            assertThat(on(repo, MARCH).fulfillment().info().id()).isEqualTo("fba-us-2026");
        }
    }

    @Test
    void aCorrectedRateBecomesAUserVersionAndSurvivesReopening() {
        try (Workspace ws = Workspace.open(dir, CLOCK)) {
            JdbiFeeScheduleRepository repo = new JdbiFeeScheduleRepository(ws.jdbi(), SHIPPED);
            repo.save(new FeeOverride.FulfillmentFeeCorrection("fba-us-2026", SizeTier.SMALL_STANDARD,
                    new BigDecimal("0.1875"), PriceBand.TEN_TO_50, new BigDecimal("3.50")), "from Seller Central");
            repo.save(new FeeOverride.ReferralCorrection("referral-us-2024", "Home and Kitchen", new BigDecimal("12"),
                    null), null);
            repo.save(new FeeOverride.ReturnsProcessingCorrection("returns-processing-us-2024-06",
                    new BigDecimal("1.75")), null);
        }
        try (Workspace ws = Workspace.open(dir, CLOCK)) {
            JdbiFeeScheduleRepository repo = new JdbiFeeScheduleRepository(ws.jdbi(), SHIPPED);
            FeeSchedule s = on(repo, MARCH);
            assertThat(s.fulfillment().info().id()).isEqualTo("fba-us-2026+user");
            assertThat(s.fbaFees().quote(THREE_OUNCES, false).in(PriceBand.TEN_TO_50).amount())
                    .isEqualByComparingTo("3.50");
            assertThat(s.fbaFees().quote(THREE_OUNCES, false).in(PriceBand.UNDER_10).amount())
                    .isEqualByComparingTo("2.49");
            assertThat(s.referral().category("Home and Kitchen").feeAt(new BigDecimal("20"))).isEqualByComparingTo("2.40");
            assertThat(s.referral().info().id()).isEqualTo("referral-us-2024+user");
            assertThat(s.returnsProcessing().orElseThrow().feePerUnit()).isEqualByComparingTo("1.75");
            assertThat(repo.overrides()).extracting(o -> o.note()).containsExactly("from Seller Central", null, null);
            // the shipped 2025 table is untouched
            assertThat(on(repo, LocalDate.of(2025, 6, 2)).fulfillment().info().id()).isEqualTo("fba-us-2025");
        }
    }

    @Test
    void aNewTableVersionWinsOnItsDates() {
        FulfillmentTable shipped2026 = SHIPPED.fulfillmentTables().stream()
                .filter(t -> t.info().id().equals("fba-us-2026")).findFirst().orElseThrow();
        FulfillmentTable mine = new FulfillmentTable(new TableInfo("my-fba-2026-06", LocalDate.of(2026, 6, 1), null,
                "user", List.of("Seller Central rate card"), "typed in", true), false, false, shipped2026.rows());
        try (Workspace ws = Workspace.open(dir, CLOCK)) {
            JdbiFeeScheduleRepository repo = new JdbiFeeScheduleRepository(ws.jdbi(), SHIPPED);
            long id = repo.save(new FeeOverride.NewFulfillmentTable(mine), null);
            assertThat(on(repo, LocalDate.of(2026, 6, 1)).fulfillment().info().id()).isEqualTo("my-fba-2026-06");
            assertThat(on(repo, LocalDate.of(2026, 5, 31)).fulfillment().info().id()).isEqualTo("fba-us-2026");
            // read back from the database, the table still prices the same
            JdbiFeeScheduleRepository fresh = new JdbiFeeScheduleRepository(ws.jdbi(), SHIPPED);
            assertThat(on(fresh, LocalDate.of(2026, 7, 1)).fbaFees().quote(THREE_OUNCES, false)
                    .in(PriceBand.OVER_50).amount()).isEqualByComparingTo("3.68");
            repo.delete(id);
            assertThat(on(repo, LocalDate.of(2026, 7, 1)).fulfillment().info().id()).isEqualTo("fba-us-2026");
        }
    }

    @Test
    void aCorrectionOfSomethingThatDoesNotExistIsRejectedAndNotStored() {
        try (Workspace ws = Workspace.open(dir, CLOCK)) {
            JdbiFeeScheduleRepository repo = new JdbiFeeScheduleRepository(ws.jdbi(), SHIPPED);
            assertThatThrownBy(() -> repo.save(new FeeOverride.FulfillmentFeeCorrection("fba-us-2019",
                    SizeTier.SMALL_STANDARD, BigDecimal.ONE, PriceBand.TEN_TO_50, BigDecimal.ONE), null))
                    .hasMessageContaining("fba-us-2019");
            assertThatThrownBy(() -> repo.save(new FeeOverride.ReferralCorrection("referral-us-2024", "Furniture",
                    BigDecimal.TEN, null), null)).hasMessageContaining("tiered");
            assertThat(repo.overrides()).isEmpty();
        }
    }
}
