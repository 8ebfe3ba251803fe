package com.pricedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduled backup: an online H2 backup in backups/, the last seven kept, migration backups never touched. */
class WorkspaceBackupTest {
    @TempDir
    Path dir;

    @Test
    void backsUpOnlineAndKeepsTheLastSeven() throws IOException {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-29T02:30:00Z"));
        Path migrationBackup = dir.resolve("backups").resolve("pricedesk-20260101-000000-before-v9.zip");
        Files.createDirectories(migrationBackup.getParent());
        Files.writeString(migrationBackup, "kept");
        try (Workspace ws = Workspace.open(dir, clock)) {
            new JdbiSettingsRepository(ws.jdbi()).put("backup.test", "before the backup");
            Path first = ws.backupNow();
            assertThat(first.getFileName().toString()).isEqualTo("pricedesk-20261129-023000-scheduled.zip");
            try (ZipFile zip = new ZipFile(first.toFile())) {
                assertThat(zip.stream().map(e -> e.getName())).contains("pricedesk.mv.db");
            }
            for (int day = 1; day <= 9; day++) {
                clock.advance(Duration.ofDays(1));
                ws.backupNow();
            }
        }
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).hasSize(8).contains(migrationBackup.getFileName().toString());
            assertThat(names).filteredOn(n -> n.endsWith("-scheduled.zip")).hasSize(Workspace.KEEP_SCHEDULED_BACKUPS)
                    .first().isEqualTo("pricedesk-20261202-023000-scheduled.zip");
        }
    }
}
