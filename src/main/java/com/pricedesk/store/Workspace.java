package com.pricedesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import com.pricedesk.domain.port.WorkspaceBackup;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seller's workspace on disk: one H2 database file (plus logs and backups) in the data dir.
 *
 * <p>The database is opened in H2's auto-server mode: the first process to open it serves it on a
 * loopback port, and a second process (a scheduled CLI command while the window is open) connects
 * through that server instead of writing the file behind the first one's back.
 */
public final class Workspace implements AutoCloseable, WorkspaceBackup {

    public static final String DB_NAME = "pricedesk";
    private static final Logger log = LoggerFactory.getLogger(Workspace.class);
    private static final DateTimeFormatter BACKUP_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** H2 error code DATABASE_ALREADY_OPEN_1: the file is locked by a process that does not serve it. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    static {
        // H2's auto-server accepts connections from other hosts (it passes -tcpAllowOthers). The
        // workspace must only ever be reachable from this machine, so bind its port to loopback.
        // H2 reads this once, when its classes load, which is why it is set here.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private final Path dataDir;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final Clock clock;
    /** Scheduled backups kept; backups made before a schema update are never deleted. */
    static final int KEEP_SCHEDULED_BACKUPS = 7;
    private static final String SCHEDULED_SUFFIX = "-scheduled.zip";

    private Workspace(Path dataDir, JdbcConnectionPool pool, Jdbi jdbi, Clock clock) {
        this.dataDir = dataDir;
        this.pool = pool;
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Opens (creating if needed) the workspace in {@code dataDir} and brings its schema up to date. */
    public static Workspace open(Path dataDir, Clock clock) {
        return open(dataDir, clock, "classpath:db/migration");
    }

    /** With extra migration locations: tests use this to add a migration newer than the shipped ones. */
    static Workspace open(Path dataDir, Clock clock, String... migrationLocations) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot create the workspace folder " + dir + ": " + e.getMessage(), e);
        }
        boolean existed = Files.exists(databaseFile(dir));
        JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl(dir), "pricedesk", "");
        try {
            probe(pool, dir);
            migrate(pool, dir, existed, clock, migrationLocations);
            Jdbi jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
            log.info("Workspace open at {}", dir);
            return new Workspace(dir, pool, jdbi, clock);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    public static Path databaseFile(Path dataDir) {
        return dataDir.resolve(DB_NAME + ".mv.db");
    }

    /** True when the folder holds a PriceDesk database already. */
    public static boolean exists(Path dataDir) {
        return Files.exists(databaseFile(dataDir.toAbsolutePath().normalize()));
    }

    static String jdbcUrl(Path dir) {
        // AUTO_SERVER: share the open database with a second process instead of refusing it.
        return "jdbc:h2:file:" + dir.resolve(DB_NAME) + ";AUTO_SERVER=TRUE";
    }

    private static void probe(JdbcConnectionPool pool, Path dir) {
        try (var c = pool.getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            if (hasErrorCode(e, H2_DATABASE_ALREADY_OPEN)) {
                throw new WorkspaceInUseException(dir, e);
            }
            throw new WorkspaceException("Cannot open the workspace database in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean hasErrorCode(Throwable t, int code) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && sql.getErrorCode() == code) {
                return true;
            }
        }
        return false;
    }

    private static void migrate(JdbcConnectionPool pool, Path dir, boolean existed, Clock clock,
                                String... locations) {
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations(locations)
                .load();
        MigrationInfo[] pending = flyway.info().pending();
        if (pending.length == 0) {
            return;
        }
        if (existed) {
            backupBeforeMigration(pool, dir, pending[0], clock);
        }
        try {
            MigrateResult result = flyway.migrate();
            log.info("Migrated workspace schema to v{} ({} migrations)", result.targetSchemaVersion,
                    result.migrationsExecuted);
        } catch (RuntimeException e) {
            throw new WorkspaceException("Updating the workspace schema failed at "
                    + Arrays.stream(pending).map(m -> "V" + m.getVersion() + " " + m.getDescription()).findFirst()
                    .orElse("?") + ": " + e.getMessage()
                    + (existed ? ". The backup in " + dir.resolve("backups") + " holds the data as it was before." : ""),
                    e);
        }
    }

    private static void backupBeforeMigration(JdbcConnectionPool pool, Path dir, MigrationInfo next, Clock clock) {
        Path backups = dir.resolve("backups");
        String name = "pricedesk-" + BACKUP_STAMP.format(clock.instant().atZone(ZoneOffset.UTC))
                + "-before-v" + next.getVersion() + ".zip";
        Path target = backups.resolve(name);
        try {
            Files.createDirectories(backups);
            try (var c = pool.getConnection(); var st = c.prepareStatement("BACKUP TO ?")) {
                st.setString(1, target.toString());
                st.execute();
            }
            log.info("Backed up workspace to {} before migrating to v{}", target, next.getVersion());
        } catch (IOException | SQLException e) {
            throw new WorkspaceException("Could not back up the workspace to " + target
                    + " before updating its schema; nothing was changed: " + e.getMessage(), e);
        }
    }

    /**
     * Backs the database up online (H2 {@code BACKUP TO}) into {@code backups/}, then deletes the
     * oldest scheduled backups beyond {@link #KEEP_SCHEDULED_BACKUPS}.
     */
    @Override
    public Path backupNow() {
        Path backups = dataDir.resolve("backups");
        Path target = backups.resolve("pricedesk-" + BACKUP_STAMP.format(clock.instant().atZone(ZoneOffset.UTC))
                + SCHEDULED_SUFFIX);
        try {
            Files.createDirectories(backups);
            try (var c = pool.getConnection(); var st = c.prepareStatement("BACKUP TO ?")) {
                st.setString(1, target.toString());
                st.execute();
            }
        } catch (IOException | SQLException e) {
            throw new WorkspaceException("Could not back up the workspace to " + target + ": " + e.getMessage(), e);
        }
        log.info("Backed up workspace to {}", target);
        try (Stream<Path> files = Files.list(backups)) {
            List<Path> scheduled = files.filter(f -> f.getFileName().toString().endsWith(SCHEDULED_SUFFIX))
                    .sorted().toList();
            for (int i = 0; i < scheduled.size() - KEEP_SCHEDULED_BACKUPS; i++) {
                Files.deleteIfExists(scheduled.get(i));
            }
        } catch (IOException e) {
            log.warn("Could not delete old backups in {}", backups, e);
        }
        return target;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        pool.dispose();
        log.info("Workspace closed");
    }
}
