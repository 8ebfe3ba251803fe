package com.pricedesk.store;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Runs in a second JVM in {@link WorkspaceTwoProcessTest}: opens the workspace like a scheduled CLI
 * command would, reports what it sees on stdout, and writes one row.
 */
public final class WorkspaceProbe {
    public static void main(String[] args) {
        try (Workspace ws = Workspace.open(Path.of(args[0]), Clock.systemUTC())) {
            int before = ws.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM setting").mapTo(Integer.class).one());
            ws.jdbi().useHandle(h -> h.execute("INSERT INTO setting (setting_key, setting_value) VALUES ('probe', 'second process')"));
            System.out.println("OPENED settings=" + before);
        } catch (WorkspaceInUseException e) {
            System.out.println("IN_USE " + e.getMessage());
        }
    }
}
