package com.pricedesk.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of every native thread of this JVM by kind (the Java threads, GC, JIT, H2's background
 * threads), read from {@code /proc/self/task}, plus GC counts and times: ThreadMXBean sees only Java
 * threads, but on two cores the GC and JIT threads compete with the import as much as its own threads.
 * On systems without {@code /proc} the breakdown is empty.
 */
final class ThreadCpu {
    /** Linux reports thread times in clock ticks of 1/100 s. */
    private static final long MS_PER_TICK = 10;
    private final Map<String, Long> ticksByThread;
    private final long gcCount;
    private final long gcMs;

    private ThreadCpu(Map<String, Long> ticksByThread, long gcCount, long gcMs) {
        this.ticksByThread = ticksByThread;
        this.gcCount = gcCount;
        this.gcMs = gcMs;
    }

    static ThreadCpu now() {
        Map<String, Long> ticks = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(t -> {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close);
                    String[] f = stat.substring(close + 2).split(" ");
                    // after "(comm) ": state=0 ... utime=11, stime=12
                    ticks.put(t.getFileName() + ":" + name, Long.parseLong(f[11]) + Long.parseLong(f[12]));
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while listing
                }
            });
        } catch (IOException | RuntimeException noProc) {
            // not Linux: no breakdown
        }
        long count = 0;
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            ms += Math.max(0, gc.getCollectionTime());
        }
        return new ThreadCpu(ticks, count, ms);
    }

    /** Prints {@code prefix_cpu_<kind>_ms} lines for the time since {@code before}, and the GC figures. */
    void printSince(ThreadCpu before, String prefix) {
        Map<String, Long> byKind = new TreeMap<>();
        ticksByThread.forEach((thread, ticks) -> {
            long delta = ticks - before.ticksByThread.getOrDefault(thread, 0L);
            if (delta > 0) {
                byKind.merge(kind(thread.substring(thread.indexOf(':') + 1)), delta * MS_PER_TICK, Long::sum);
            }
        });
        byKind.forEach((kind, ms) -> System.out.println(prefix + "_cpu_" + kind + "_ms=" + ms));
        System.out.println(prefix + "_gc_count=" + (gcCount - before.gcCount));
        System.out.println(prefix + "_gc_pause_ms=" + (gcMs - before.gcMs));
    }

    private static String kind(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("java") || n.equals("main")) {
            return "main";
        }
        if (n.startsWith("pricedesk-sheet")) {
            return "sheet_reader";
        }
        if (n.startsWith("gc ") || n.startsWith("g1 ") || n.startsWith("vm periodic") || n.startsWith("vm thread")) {
            return "gc_and_vm";
        }
        if (n.startsWith("c1 ") || n.startsWith("c2 ")) {
            return "jit";
        }
        if (n.startsWith("h2") || n.startsWith("mvstore")) {
            return "h2_background";
        }
        return "other";
    }
}
