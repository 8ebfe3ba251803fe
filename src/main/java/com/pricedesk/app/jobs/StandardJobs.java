package com.pricedesk.app.jobs;

import com.pricedesk.app.sync.NotConnectedException;
import com.pricedesk.app.sync.SyncResult;
import com.pricedesk.domain.market.SyncKind;
import com.pricedesk.domain.port.WorkspaceBackup;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** PriceDesk's jobs and their schedules (issue 8). Promotions join with their own issue. */
public final class StandardJobs {
    public static final String SYNC_OFFERS = "sync_offers";
    public static final String SYNC_INVENTORY = "sync_inventory";
    public static final String SYNC_FEES = "sync_fees";
    public static final String SYNC_REPORTS = "sync_reports";
    public static final String SYNC_ADS = "sync_ads";
    public static final String REPRICE = "reprice";
    public static final String SUBMIT_APPROVED = "submit_approved";
    public static final String BACKUP = "backup";

    /** Offers and the Buy Box move by the minute; this is how often they are read. */
    public static final Duration OFFERS_EVERY = Duration.ofMinutes(5);
    public static final Duration SUBMIT_EVERY = Duration.ofMinutes(2);

    /** Syncs some kinds of data; {@code SyncService::sync} in the application. */
    @FunctionalInterface
    public interface Sync {
        List<SyncResult> sync(Set<SyncKind> kinds);
    }

    private StandardJobs() {
    }

    public static List<Job> create(Sync sync, AfterOffersSync afterOffersSync,
                                   Optional<ApprovedChangeSubmitter> submitter, WorkspaceBackup backup) {
        List<Job> jobs = new ArrayList<>();
        jobs.add(Job.of(SYNC_OFFERS, Schedule.every(OFFERS_EVERY), syncing(sync, EnumSet.of(SyncKind.OFFERS)))
                .withMaxRuntime(Duration.ofMinutes(30)));
        jobs.add(Job.of(REPRICE, Schedule.after(SYNC_OFFERS), () -> {
            afterOffersSync.afterOffersSync();
            return JobResult.done();
        }).withMaxRuntime(Duration.ofMinutes(30)));
        submitter.ifPresent(s -> jobs.add(Job.of(SUBMIT_APPROVED, Schedule.every(SUBMIT_EVERY), () -> {
            s.submitApproved();
            return JobResult.done();
        }).heldByEmergencyStop()));
        jobs.add(Job.of(SYNC_INVENTORY, Schedule.hourlyAt(10), syncing(sync, EnumSet.of(SyncKind.INVENTORY))));
        jobs.add(Job.of(SYNC_REPORTS, Schedule.dailyAt(LocalTime.of(4, 0)),
                syncing(sync, EnumSet.of(SyncKind.LISTINGS, SyncKind.TRAFFIC))).withMaxRuntime(Duration.ofHours(2)));
        jobs.add(Job.of(SYNC_ADS, Schedule.dailyAt(LocalTime.of(4, 30)), syncing(sync, EnumSet.of(SyncKind.ADS)))
                .withMaxRuntime(Duration.ofHours(2)));
        jobs.add(Job.of(SYNC_FEES, Schedule.dailyAt(LocalTime.of(5, 0)), syncing(sync, EnumSet.of(SyncKind.FEES)))
                .withMaxRuntime(Duration.ofHours(2)));
        jobs.add(Job.of(BACKUP, Schedule.dailyAt(LocalTime.of(2, 30)), () -> {
            backup.backupNow();
            return JobResult.done();
        }));
        return jobs;
    }

    private static Job.Work syncing(Sync sync, Set<SyncKind> kinds) {
        return () -> {
            List<SyncResult> results;
            try {
                results = sync.sync(kinds);
            } catch (NotConnectedException e) {
                return JobResult.skipped(JobResult.NOT_CONNECTED);
            }
            // SyncService throws on failure; SKIPPED means there is nothing to sync from (no Ads account).
            boolean allSkipped = !results.isEmpty()
                    && results.stream().allMatch(r -> r.status() == SyncResult.Status.SKIPPED);
            return allSkipped ? JobResult.skipped(JobResult.NO_ADS_ACCOUNT) : JobResult.done();
        };
    }
}
