package com.pricedesk.app.jobs;

import java.util.UUID;

/**
 * Names a scheduler by its process, so that a job held by a process that no longer runs (it crashed,
 * or was killed) is taken over at once rather than when its lease runs out. The workspace database
 * is only ever shared on this machine (its server listens on loopback), so process ids are comparable.
 */
public final class ProcessOwner {
    private ProcessOwner() {
    }

    /** {@code pid:<pid>:<random>}: unique for each scheduler. */
    public static String newOwner() {
        return "pid:" + ProcessHandle.current().pid() + ":" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** False only when the owner's process is known to be gone. */
    public static boolean isAlive(String owner) {
        String[] parts = owner.split(":");
        if (parts.length < 2 || !parts[0].equals("pid")) {
            return true;
        }
        try {
            long pid = Long.parseLong(parts[1]);
            return pid == ProcessHandle.current().pid()
                    || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
