package com.pricedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.jobs.JobStatus;
import com.pricedesk.app.jobs.Schedule;
import com.pricedesk.app.jobs.SchedulerStatus;
import com.pricedesk.domain.jobs.JobOutcome;
import com.pricedesk.domain.jobs.JobRun;
import com.pricedesk.ui.shell.JobStatusView;
import com.pricedesk.ui.shell.JobStatusViewModel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The status bar's scheduler line in English and Chinese, without and with a scene. */
class JobStatusViewModelTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 15:37 in Shanghai. */
    private static final Instant NOW = Instant.parse("2026-11-29T07:37:00Z");

    private static JobRun run(String job, JobOutcome outcome, Instant at, String message, int attempt) {
        return new JobRun(1, job, at, at, Optional.of(at.plusSeconds(5)), outcome, Optional.ofNullable(message),
                attempt, outcome == JobOutcome.FAILED, "here");
    }

    private static JobStatus offers(Optional<JobRun> last, Optional<Instant> success, Instant next, int failures,
                                    boolean running) {
        return new JobStatus("sync_offers", Schedule.every(Duration.ofMinutes(5)), last, success, Optional.of(next),
                failures, running, false);
    }

    private static JobStatus backup(int failures, String message) {
        Optional<JobRun> last = failures == 0 ? Optional.empty()
                : Optional.of(run("backup", JobOutcome.FAILED, NOW.minusSeconds(60), message, failures));
        return new JobStatus("backup", Schedule.dailyAt(LocalTime.of(2, 30)), last, Optional.empty(),
                Optional.of(NOW.plus(Duration.ofMinutes(8))), failures, false, false);
    }

    @Test
    void syncedAgoAndNextInBothLanguages() {
        Instant synced = NOW.minus(Duration.ofMinutes(3));
        SchedulerStatus s = new SchedulerStatus(NOW, List.of(offers(Optional.of(run("sync_offers",
                JobOutcome.SUCCEEDED, synced, null, 1)), Optional.of(synced), synced.plus(Duration.ofMinutes(5)), 0,
                false), backup(0, null)));
        JobStatusViewModel en = new JobStatusViewModel(new Messages(Messages.ENGLISH), SHANGHAI);
        en.update(s, Optional.empty(), NOW);
        assertThat(en.textProperty().get()).isEqualTo("Synced offers 3 min ago · next 15:39");
        assertThat(en.failingProperty().get()).isFalse();

        JobStatusViewModel zh = new JobStatusViewModel(new Messages(Messages.CHINESE), SHANGHAI);
        zh.update(s, Optional.empty(), NOW);
        assertThat(zh.textProperty().get()).isEqualTo("报价已同步：3 分钟前 · 下次 15:39");

        // Time passes without a new snapshot: only the wording changes.
        en.refresh(NOW.plus(Duration.ofHours(2)));
        assertThat(en.textProperty().get()).isEqualTo("Synced offers 2 h ago · next soon");
    }

    @Test
    void aSyncRunByHandCountsAndNeverSyncedSaysSo() {
        SchedulerStatus never = new SchedulerStatus(NOW, List.of(offers(Optional.empty(), Optional.empty(), NOW, 0,
                false)));
        JobStatusViewModel en = new JobStatusViewModel(new Messages(Messages.ENGLISH), SHANGHAI);
        en.update(never, Optional.empty(), NOW);
        assertThat(en.textProperty().get()).isEqualTo("Offers not synced yet · next soon");
        en.update(never, Optional.of(NOW.minusSeconds(20)), NOW);
        assertThat(en.textProperty().get()).isEqualTo("Synced offers just now · next soon");
    }

    @Test
    void runningThenFailingInRed() {
        JobStatusViewModel en = new JobStatusViewModel(new Messages(Messages.ENGLISH), SHANGHAI);
        en.update(new SchedulerStatus(NOW, List.of(offers(Optional.empty(), Optional.empty(), NOW, 0, true))),
                Optional.empty(), NOW);
        assertThat(en.textProperty().get()).isEqualTo("Running: Offers sync…");

        JobRun failed = run("sync_offers", JobOutcome.FAILED, NOW.minusSeconds(30),
                "getItemOffersBatch failed (HTTP 503): ServiceUnavailable: Service is temporarily unavailable.", 3);
        SchedulerStatus failing = new SchedulerStatus(NOW, List.of(offers(Optional.of(failed), Optional.empty(),
                NOW.plus(Duration.ofMinutes(4)), 3, false), backup(1, "Disk full")));
        en.update(failing, Optional.empty(), NOW);
        assertThat(en.textProperty().get()).isEqualTo("Offers sync failing (3×): getItemOffersBatch failed (HTTP 503): "
                + "ServiceUnavailable: Service is temporarily unavaila… · retry 15:41 (+1 more failing)");
        assertThat(en.failingProperty().get()).isTrue();

        JobStatusViewModel zh = new JobStatusViewModel(new Messages(Messages.CHINESE), SHANGHAI);
        zh.update(failing, Optional.empty(), NOW);
        assertThat(zh.textProperty().get()).startsWith("同步报价失败（连续 3 次）：getItemOffersBatch")
                .endsWith("· 15:41 重试 （另有 1 个任务失败）");
    }

    @Test
    void skippedForLackOfAnAccount() {
        JobRun skipped = run("sync_offers", JobOutcome.SKIPPED, NOW, "not_connected", 1);
        JobStatusViewModel zh = new JobStatusViewModel(new Messages(Messages.CHINESE), SHANGHAI);
        zh.update(new SchedulerStatus(NOW, List.of(offers(Optional.of(skipped), Optional.empty(),
                NOW.plusSeconds(300), 0, false))), Optional.empty(), NOW);
        assertThat(zh.textProperty().get()).isEqualTo("已跳过同步报价：尚未连接亚马逊账户");
    }

    @Test
    void theLabelTurnsRedWhileAJobFails() throws Exception {
        FxToolkit.registerPrimaryStage();
        JobStatusViewModel en = new JobStatusViewModel(new Messages(Messages.ENGLISH), SHANGHAI);
        JobStatusView[] view = new JobStatusView[1];
        FxToolkit.setupSceneRoot(() -> {
            view[0] = new JobStatusView(en);
            return new StackPane(view[0]);
        });
        JobStatus failing = backup(2, "Disk full");
        FxToolkit.setupFixture(() -> en.update(new SchedulerStatus(NOW, List.of(failing)), Optional.empty(), NOW));
        assertThat(view[0].getId()).isEqualTo("jobStatus");
        assertThat(view[0].getText()).startsWith("Backup failing (2×): Disk full");
        assertThat(view[0].getStyleClass()).contains("job-status-failing");
        FxToolkit.setupFixture(() -> en.update(new SchedulerStatus(NOW, List.of(backup(0, null))), Optional.empty(),
                NOW));
        assertThat(view[0].getStyleClass()).doesNotContain("job-status-failing");
        FxToolkit.cleanupStages();
    }
}
