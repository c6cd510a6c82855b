package org.packbench.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values kept for reuse, the least recently used dropped past a bound. A value is made outside
 * the lock: two threads may make the same one once each, and never wait on each other.
 */
final class BoundedCache<K, V> {
    private final Map<K, V> entries;

    BoundedCache(int bound) {
        this.entries = new LinkedHashMap<>(bound, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > bound;
            }
        };
    }

    V get(K key, Supplier<V> make) {
        synchronized (entries) {
            V hit = entries.get(key);
            if (hit != null) {
                return hit;
            }
        }
        V made = make.get();
        synchronized (entries) {
            entries.put(key, made);
        }
        return made;
    }
}
