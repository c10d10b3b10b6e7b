package org.entente.bench;

import java.lang.management.ManagementFactory;

/**
 * Wall-clock and process CPU time since it was started: what a timed run took, and what it
 * cost the machine. CPU time is the whole process's, all threads (workers, the thread that
 * stores, the garbage collector, the JIT), so a run that keeps a second core busy pays for it.
 */
final class Stopwatch {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final long wall = System.nanoTime();
    private final long cpu = cpuNanos();

    /** The process's CPU time so far, in nanoseconds. */
    static long cpuNanos() {
        return OS.getProcessCpuTime();
    }

    double seconds() {
        return (System.nanoTime() - wall) / 1e9;
    }

    double cpuSeconds() {
        return (cpuNanos() - cpu) / 1e9;
    }
}
