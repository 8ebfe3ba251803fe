package com.pricedesk.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.queue.ApprovalQueue;
import com.pricedesk.app.queue.EmergencyStop;
import com.pricedesk.app.queue.QueueBoard;
import com.pricedesk.app.queue.QueueSettings;
import com.pricedesk.app.queue.SubmissionService;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.Explanation;
import com.pricedesk.domain.pricing.Guardrail;
import com.pricedesk.domain.queue.ChangeEvent;
import com.pricedesk.domain.queue.ChangeState;
import com.pricedesk.domain.queue.QueuedChange;
import com.pricedesk.store.JdbiAlertRepository;
import com.pricedesk.store.JdbiPriceChangeRepository;
import com.pricedesk.store.JdbiPriceLimitRepository;
import com.pricedesk.store.JdbiPriceRepository;
import com.pricedesk.store.JdbiSettingsRepository;
import com.pricedesk.store.JdbiSkuRepository;
import com.pricedesk.store.JdbiUnitOfWork;
import com.pricedesk.store.Workspace;
import com.pricedesk.ui.fx.CurrentThreadTaskExecutor;
import com.pricedesk.ui.queue.QueueViewModel.QueueRow;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Price changes tab's ViewModel without FX, on the real queue services over a real H2 workspace:
 * what the table shows, what approve/reject/approve-all/submit/emergency stop do to the stored queue.
 */
class QueueViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.ofHours(8));
    private Workspace workspace;
    private JdbiPriceChangeRepository changes;
    private EmergencyStop stop;
    private QueueBackend backend;
    private List<QueuedChange> stored;

    @BeforeEach
    void seed() {
        workspace = Workspace.open(dir, clock);
        var jdbi = workspace.jdbi();
        var skus = new JdbiSkuRepository(jdbi);
        var prices = new JdbiPriceRepository(jdbi);
        var settings = new JdbiSettingsRepository(jdbi);
        var limits = new JdbiPriceLimitRepository(jdbi);
        var unitOfWork = new JdbiUnitOfWork(jdbi);
        changes = new JdbiPriceChangeRepository(jdbi);
        stop = new EmergencyStop(settings, clock);
        skus.saveAll(List.of(sku("KT-SPAT-3P-BLK", "Silicone spatula set, 3 pieces"),
                sku("EA-USBC-6FT-2P", "USB-C cable 6 ft, 2 pack"), sku("HM-TOWEL-4P", "Bath towels, 4 pack")));
        prices.saveAll(Map.of("KT-SPAT-3P-BLK", Money.usd("19.99"), "EA-USBC-6FT-2P", Money.usd("12.49"),
                "HM-TOWEL-4P", Money.usd("30.00")));
        Instant hourAgo = NOW.minus(1, ChronoUnit.HOURS);
        stored = changes.insert(List.of(
                proposal("KT-SPAT-3P-BLK", "19.99", "19.39", "17.10", "29.99", hourAgo,
                        "Buy Box lost: undercut by 3%", "失去购物车：降价 3%"),
                proposal("EA-USBC-6FT-2P", "12.49", "11.80", "11.80", "19.99", hourAgo,
                        "Lowest competitor at 11.50; floor 11.80 holds", "最低竞品 11.50；停在底价 11.80"),
                proposal("HM-TOWEL-4P", "30.00", "31.50", "20.00", "40.00", NOW.minus(3, ChronoUnit.DAYS),
                        "Days of cover below 10: +5%", "可售天数低于 10：涨价 5%")),
                Explanation.of("proposed by the rules", "由规则提出"));
        ApprovalQueue queue = new ApprovalQueue(changes, skus, prices, limits, new QueueSettings(settings), stop,
                unitOfWork, clock);
        // No Amazon account: submitting says so.
        SubmissionService submission = new SubmissionService(changes, new JdbiAlertRepository(jdbi), prices, limits,
                new QueueSettings(settings), stop, unitOfWork, Optional::empty, clock);
        QueueBoard board = new QueueBoard(changes, skus, stop,
                (sku, price) -> Optional.of(price.amount().subtract(new BigDecimal("10.00"))),
                sku -> Optional.empty());
        backend = new AppQueueBackend(board, queue, submission, stop, "window:test");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static Sku sku(String code, String title) {
        return new Sku(code, "B0" + Math.abs(code.hashCode() % 100_000_000), title, null, "home-and-kitchen",
                Tier.REGULAR, List.of(), null, null);
    }

    private static QueuedChange proposal(String sku, String old, String next, String floor, String ceiling, Instant at,
                                         String en, String zh) {
        return QueuedChange.proposed(sku, Money.usd(old), Money.usd(next), Money.usd(floor), Money.usd(ceiling),
                "r1", "Win the Buy Box", 3, Explanation.of(en, zh), "scheduler", at);
    }

    private QueueViewModel vm(Messages msg) {
        QueueViewModel vm = new QueueViewModel(backend, new CurrentThreadTaskExecutor(), msg, clock);
        vm.load();
        return vm;
    }

    private long id(String sku) {
        return stored.stream().filter(c -> c.sellerSku().equals(sku)).findFirst().orElseThrow().id();
    }

    private ChangeState stateOf(String sku) {
        return changes.find(id(sku)).orElseThrow().state();
    }

    @Test
    void showsTheProposedChangesFormattedWithTheCountInTheTabTitle() {
        QueueViewModel vm = vm(new Messages(Messages.ENGLISH));

        assertThat(vm.tabTitleProperty().get()).isEqualTo("Price changes (3)");
        assertThat(vm.rows()).extracting(QueueRow::sellerSku)
                .containsExactly("KT-SPAT-3P-BLK", "EA-USBC-6FT-2P", "HM-TOWEL-4P");
        QueueRow spatula = vm.rows().get(0);
        assertThat(spatula.title()).isEqualTo("Silicone spatula set, 3 pieces");
        assertThat(spatula.prices()).isEqualTo("$19.99 → $19.39");
        assertThat(spatula.change()).isEqualTo("−3.0%");
        assertThat(spatula.direction()).isNegative();
        assertThat(spatula.band()).isEqualTo("$17.10 – $29.99");
        assertThat(spatula.rule()).isEqualTo("Win the Buy Box");
        assertThat(spatula.reason()).isEqualTo("Buy Box lost: undercut by 3%");
        assertThat(spatula.stateText()).isEqualTo("proposed");
        // Local time of the window's clock (UTC+8 here) and the age.
        assertThat(spatula.updated()).isEqualTo("11-29 17:00");
        assertThat(spatula.age()).isEqualTo("1 h ago");
        assertThat(vm.rows().get(2).age()).isEqualTo("3 d ago");
        assertThat(vm.rows().get(2).change()).isEqualTo("+5.0%");
        assertThat(vm.countTextProperty().get()).isEqualTo("3 changes");
        assertThat(vm.pausedProperty().get()).isFalse();
        assertThat(vm.submitBlockedProperty().get()).isEqualTo("No approved changes to submit.");
    }

    @Test
    void filtersByTextAndByState() {
        QueueViewModel vm = vm(new Messages(Messages.ENGLISH));
        vm.textProperty().set("usb");
        assertThat(vm.rows()).extracting(QueueRow::sellerSku).containsExactly("EA-USBC-6FT-2P");
        assertThat(vm.countTextProperty().get()).isEqualTo("1 of 3 changes");
        vm.textProperty().set("buy box lost");
        assertThat(vm.rows()).extracting(QueueRow::sellerSku).containsExactly("KT-SPAT-3P-BLK");
        vm.textProperty().set("");

        vm.approve(List.of(id("KT-SPAT-3P-BLK")));
        vm.stateProperty().set(ChangeState.APPROVED);
        assertThat(vm.rows()).extracting(QueueRow::sellerSku).containsExactly("KT-SPAT-3P-BLK");
        vm.stateProperty().set(null);
        assertThat(vm.rows()).hasSize(3);
        // Every state at once: the counts still say what is proposed and approved.
        assertThat(vm.tabTitleProperty().get()).isEqualTo("Price changes (2)");
        assertThat(vm.approvedProperty().get()).isEqualTo(1);
        assertThat(vm.stateName(null)).isEqualTo("All states");
    }

    @Test
    void approvesTheSelectionThroughTheQueueAndRefreshes() {
        QueueViewModel vm = vm(new Messages(Messages.ENGLISH));

        vm.approve(List.of(id("KT-SPAT-3P-BLK"), id("EA-USBC-6FT-2P")));

        assertThat(stateOf("KT-SPAT-3P-BLK")).isEqualTo(ChangeState.APPROVED);
        assertThat(stateOf("EA-USBC-6FT-2P")).isEqualTo(ChangeState.APPROVED);
        assertThat(stateOf("HM-TOWEL-4P")).isEqualTo(ChangeState.PROPOSED);
        assertThat(vm.messageProperty().get()).isEqualTo("2 changes approved.");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.rows()).extracting(QueueRow::sellerSku).containsExactly("HM-TOWEL-4P");
        assertThat(vm.tabTitleProperty().get()).isEqualTo("Price changes (1)");
        assertThat(vm.approvedProperty().get()).isEqualTo(2);
        assertThat(vm.submitBlockedProperty().get()).isEmpty();
        List<ChangeEvent> trail = changes.eventsOf(id("KT-SPAT-3P-BLK"));
        assertThat(trail).last().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("window:test");
            assertThat(e.to()).isEqualTo(ChangeState.APPROVED);
        });
    }

    @Test
    void rejectsWithAReasonKeptInTheAuditLogAndRefusesAnOverlongOne() {
        QueueViewModel vm = vm(new Messages(Messages.ENGLISH));

        vm.reject(List.of(id("HM-TOWEL-4P")), "x".repeat(ApprovalQueue.MAX_REASON + 1));
        assertThat(vm.errorProperty().get()).isEqualTo(
                "The reason for rejecting is 501 characters long; at most 500 are kept. Nothing was changed.");
        assertThat(stateOf("HM-TOWEL-4P")).isEqualTo(ChangeState.PROPOSED);

        vm.reject(List.of(id("HM-TOWEL-4P")), "  Promotion runs next week  ");
        assertThat(stateOf("HM-TOWEL-4P")).isEqualTo(ChangeState.REJECTED);
        assertThat(vm.messageProperty().get()).isEqualTo("1 changes rejected.");
        assertThat(vm.errorProperty().get()).isEmpty();
        ChangeEvent last = changes.eventsOf(id("HM-TOWEL-4P")).get(1);
        assertThat(last.note().english()).isEqualTo("rejected by window:test: Promotion runs next week");
        assertThat(last.note().chinese()).isEqualTo("由 window:test 驳回：Promotion runs next week");
    }

    @Test
    void approvesAllVisibleOnlyAndNothingWhenTheSelectionIsEmpty() {
        QueueViewModel vm = vm(new Messages(Messages.ENGLISH));
        vm.approve(List.of());
        assertThat(vm.errorProperty().get()).isEqualTo("Select one or more price changes first.");

        vm.textProperty().set("win the buy box");
        assertThat(vm.rows()).hasSize(3);
        vm.textProperty().set("KT-");
        vm.approveAllVisible();
        assertThat(stateOf("KT-SPAT-3P-BLK")).isEqualTo(ChangeState.APPROVED);
        assertThat(stateOf("EA-USBC-6FT-2P")).isEqualTo(ChangeState.PROPOSED);
        assertThat(vm.messageProperty().get()).isEqualTo("1 changes approved.");
        // The filter stays; nothing proposed matches it any more.
        assertThat(vm.rows()).isEmpty();
        vm.approveAllVisible();
        assertThat(vm.errorProperty().get()).startsWith("None of the visible changes can be approved");
    }

    @Test
    void aChangeMovedElsewhereFirstIsRefusedAndNothingChanges() {
        QueueViewModel vm = vm(new Messages(Messages.ENGLISH));
        long towel = id("HM-TOWEL-4P");
        // Another window rejects it while this one still shows it as proposed.
        backend.reject(List.of(towel), "");

        vm.approve(List.of(id("KT-SPAT-3P-BLK"), towel));

        assertThat(vm.errorProperty().get()).isEqualTo("Change " + towel
                + " is rejected and cannot become approved; nothing was changed. The list is refreshed.");
        assertThat(stateOf("KT-SPAT-3P-BLK")).isEqualTo(ChangeState.PROPOSED);
        assertThat(vm.rows()).extracting(QueueRow::sellerSku).containsExactly("KT-SPAT-3P-BLK", "EA-USBC-6FT-2P");
    }

    @Test
    void theEmergencyStopBlocksSubmittingWithTheReasonShown() {
        QueueViewModel vm = vm(new Messages(Messages.ENGLISH));
        vm.approve(List.of(id("KT-SPAT-3P-BLK")));

        vm.toggleStop();
        assertThat(stop.isPaused()).isTrue();
        assertThat(vm.pausedProperty().get()).isTrue();
        assertThat(vm.stopTextProperty().get()).isEqualTo("Emergency stop ON since 11-29 18:00: nothing is sent "
                + "to Amazon and nothing is auto-approved.");
        assertThat(vm.submitBlockedProperty().get())
                .isEqualTo("Submitting is off while the emergency stop is on; resume sending first.");
        vm.submitNow();
        assertThat(vm.errorProperty().get()).isEqualTo(vm.submitBlockedProperty().get());
        assertThat(stateOf("KT-SPAT-3P-BLK")).isEqualTo(ChangeState.APPROVED);

        vm.toggleStop();
        assertThat(stop.isPaused()).isFalse();
        assertThat(vm.stopTextProperty().get()).startsWith("Sending is on");
        assertThat(vm.submitBlockedProperty().get()).isEmpty();
        // No Amazon account in this workspace: the reason is said, nothing moves.
        vm.submitNow();
        assertThat(vm.errorProperty().get()).startsWith("No Amazon account is connected");
        assertThat(stateOf("KT-SPAT-3P-BLK")).isEqualTo(ChangeState.APPROVED);
    }

    @Test
    void detailsShowTheExplanationGuardrailsMarginsAndAuditTrail() {
        QueueViewModel vm = vm(new Messages(Messages.ENGLISH));
        long cable = id("EA-USBC-6FT-2P");
        vm.approve(List.of(cable));
        vm.select(cable);

        QueueViewModel.DetailText d = vm.detailProperty().get();
        assertThat(d.heading()).isEqualTo("EA-USBC-6FT-2P · USB-C cable 6 ft, 2 pack");
        assertThat(d.prices()).isEqualTo("$12.49 → $11.80 (−5.5%); floor $11.80, ceiling $19.99; approved");
        assertThat(d.reason()).isEqualTo("Win the Buy Box (rule set v3): Lowest competitor at 11.50; floor 11.80 holds");
        assertThat(d.guardrails()).isEqualTo("Clamped by: held at the floor price");
        assertThat(d.margins()).isEqualTo("2.5% before → 1.8% after");
        assertThat(d.events()).hasSize(2);
        assertThat(d.events().get(0)).isEqualTo("11-29 17:00  proposed  by scheduler: proposed by the rules");
        assertThat(d.events().get(1)).isEqualTo("11-29 18:00  proposed → approved  by window:test: approved by "
                + "window:test");

        vm.select(-1);
        assertThat(vm.detailProperty().get()).isNull();
    }

    @Test
    void guardrailsComeFromTheEngineWhenItStillProposesTheSamePrice() {
        QueueBoard board = new QueueBoard(changes, new JdbiSkuRepository(workspace.jdbi()), stop,
                (sku, price) -> Optional.empty(), sku -> Optional.of(new com.pricedesk.domain.pricing.PriceDecision(
                sku, Money.usd("19.99"), Money.usd("19.39"), "r1", "Win the Buy Box", 3, Money.usd("17.10"),
                Money.usd("29.99"), List.of(Guardrail.MAX_STEP, Guardrail.ROUNDING), Map.of(), Optional.empty(),
                Optional.of(new BigDecimal("21.4")), Optional.of(new BigDecimal("18.9")),
                Explanation.of("x", "x"))));
        QueueViewModel vm = new QueueViewModel(new AppQueueBackend(board, null, null, stop, "t"),
                new CurrentThreadTaskExecutor(), new Messages(Messages.CHINESE), clock);
        vm.select(id("KT-SPAT-3P-BLK"));

        QueueViewModel.DetailText d = vm.detailProperty().get();
        assertThat(d.guardrails()).isEqualTo("受价格保护限制：单次最大调幅、价格取整");
        assertThat(d.margins()).isEqualTo("调价前 21.4% → 调价后 18.9%");
        assertThat(d.reason()).isEqualTo("Win the Buy Box（规则组 v3）：失去购物车：降价 3%");
    }

    @Test
    void speaksChinese() {
        QueueViewModel vm = vm(new Messages(Messages.CHINESE));
        assertThat(vm.tabTitleProperty().get()).isEqualTo("调价审批（3）");
        assertThat(vm.rows().get(0).reason()).isEqualTo("失去购物车：降价 3%");
        assertThat(vm.rows().get(0).stateText()).isEqualTo("待审批");
        assertThat(vm.rows().get(0).age()).isEqualTo("1 小时前");
        vm.approve(List.of(id("KT-SPAT-3P-BLK")));
        assertThat(vm.messageProperty().get()).isEqualTo("已批准 1 条调价。");
    }
}
