package org.entente;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A time limit on reading one document. No step of the pipeline is known to be worse than
 * linear, but a document is hostile input: one that takes longer than its budget is rejected
 * with that reason, and a batch keeps its other documents. The limit works by interrupting the
 * reading thread; the stages look at the interrupt between sentences ({@link #check()}), so a
 * document stops at a clean point and no half of it is kept.
 */
public final class ReadingBudget {
    /** The default: a long article reads in well under a second. */
    public static final Duration DEFAULT = Duration.ofSeconds(60);

    private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "entente-reading-budget");
        t.setDaemon(true);
        return t;
    });

    private final Duration limit;

    public ReadingBudget(Duration limit) {
        if (limit == null || limit.isNegative() || limit.isZero()) throw new EntenteException("Illegal reading budget: " + limit);
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }

    /**
     * Runs a reading on this thread within the budget.
     *
     * @throws EntenteException "took longer than N s to read" when the budget ran out
     */
    public <T> T run(Supplier<T> reading) {
        Thread reader = Thread.currentThread();
        AtomicBoolean rang = new AtomicBoolean();
        ScheduledFuture<?> alarm = ALARMS.schedule(() -> {
            rang.set(true);
            reader.interrupt();
        }, limit.toNanos(), TimeUnit.NANOSECONDS);
        try {
            T result = reading.get();
            if (rang.get()) throw exceeded();
            return result;
        } catch (RuntimeException e) {
            if (rang.get()) throw exceeded();
            throw e;
        } finally {
            alarm.cancel(false);
            // The alarm's interrupt is ours to clear; any other is left for the caller to see.
            if (rang.get()) Thread.interrupted();
        }
    }

    private EntenteException exceeded() {
        return new EntenteException("took longer than " + limit.toSeconds() + " s to read (the time budget of one document)");
    }

    /** Called by the stages between sentences: stops the reading once its thread is interrupted. */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) throw new Stopped();
    }

    /** The reading was stopped between two sentences. */
    static final class Stopped extends EntenteException {
        Stopped() {
            super("reading interrupted");
        }
    }
}
