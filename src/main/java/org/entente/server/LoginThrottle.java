package org.entente.server;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong passwords slowed down, per client address: after {@link #LIMIT} failures within
 * {@link #WINDOW} of the first one, that address is refused (429) until the window ends, right
 * password or not, so guessing runs at a few tries a minute instead of hundreds a second. A
 * right password forgets the address's failures. Behind a reverse proxy every client shares the
 * proxy's address: the proxy should throttle instead.
 */
final class LoginThrottle {
    static final int LIMIT = 5;
    static final Duration WINDOW = Duration.ofMinutes(1);
    /** Past this many addresses, expired entries are swept before a new one is added. */
    private static final int SWEEP_AT = 10_000;

    private record Failures(long since, int count) {
        boolean expired(long now) {
            return now - since >= WINDOW.toNanos();
        }
    }

    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    /** Whole seconds the address must still wait before it may try a password; 0 when it may. */
    long waitSeconds(String address) {
        Failures f = byAddress.get(address);
        long now = System.nanoTime();
        if (f == null || f.count < LIMIT || f.expired(now)) return 0;
        return Math.max(1, (WINDOW.toNanos() - (now - f.since) + 999_999_999L) / 1_000_000_000L);
    }

    /** Records a wrong password; returns the address's failures within the current window. */
    int failed(String address) {
        long now = System.nanoTime();
        if (byAddress.size() >= SWEEP_AT) byAddress.values().removeIf(f -> f.expired(now));
        return byAddress.merge(address, new Failures(now, 1),
                (old, one) -> old.expired(now) ? one : new Failures(old.since, old.count + 1)).count;
    }

    /** A right password: the address starts afresh. */
    void succeeded(String address) {
        byAddress.remove(address);
    }
}
