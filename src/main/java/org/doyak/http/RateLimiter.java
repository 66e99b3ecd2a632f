package org.doyak.http;

import java.time.Clock;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets, one per key (a client address, a session): each holds at most {@code capacity} tokens, one
 * token comes back every {@code refillMillis}, and a request that finds too few is refused with how long to
 * wait. Buckets live in memory, in this process only (on several instances each counts its own traffic).
 * At most {@code maxKeys} buckets are kept: when that many exist, buckets that have refilled completely
 * (idle keys) are dropped; when none has, a new key is refused too, so a flood of distinct keys cannot
 * grow memory without bound. Thread-safe.
 */
public final class RateLimiter {
    private final int capacity;
    private final long refillMillis;
    private final int maxKeys;
    private final Clock clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * @param capacity tokens a new or idle key may spend at once (the burst)
     * @param refillMillis milliseconds for one token to come back (the sustained rate)
     * @param maxKeys buckets kept at most
     */
    public RateLimiter(int capacity, long refillMillis, int maxKeys, Clock clock) {
        if (capacity < 1 || refillMillis < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("capacity, refill and key count must be positive");
        }
        this.capacity = capacity;
        this.refillMillis = refillMillis;
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    /**
     * Takes {@code cost} tokens (at most the capacity) from the key's bucket.
     *
     * @return empty when taken; else the seconds (at least 1) until enough tokens are back, nothing taken
     */
    public OptionalLong take(String key, int cost) {
        long now = clock.millis();
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            if (buckets.size() >= maxKeys && !dropIdle(now)) {
                return OptionalLong.of(Math.max(1, refillMillis / 1000));
            }
            bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        }
        return bucket.take(Math.min(Math.max(cost, 1), capacity), now);
    }

    /** How many keys have a bucket now (for tests and metrics). */
    int keys() {
        return buckets.size();
    }

    private boolean dropIdle(long now) {
        buckets.values().removeIf(b -> b.full(now));
        return buckets.size() < maxKeys;
    }

    private final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        synchronized OptionalLong take(int cost, long now) {
            refill(now);
            if (tokens >= cost) {
                tokens -= cost;
                return OptionalLong.empty();
            }
            long waitMillis = (long) Math.ceil((cost - tokens) * refillMillis);
            return OptionalLong.of(Math.max(1, (waitMillis + 999) / 1000));
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            if (now > at) {
                tokens = Math.min(capacity, tokens + (double) (now - at) / refillMillis);
                at = now;
            }
        }
    }
}
