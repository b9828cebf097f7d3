package io.github.binhdang.core.calc;

import java.util.Arrays;

/**
 * Gives each distinct long key a dense group number from 0, in the order keys are first seen. Dense
 * key spaces use a direct table; sparse ones an open-addressing hash table of primitive longs, so the
 * aggregation loop allocates nothing per row.
 */
final class GroupIndex {

    private static final int DENSE_LIMIT = 1 << 20;

    private final int[] direct;
    private long[] keys;
    private int[] groups;
    private int mask;
    private int size;
    private long[] keyOfGroup = new long[64];

    GroupIndex(long keySpace) {
        if (keySpace <= DENSE_LIMIT) {
            direct = new int[(int) keySpace];
            Arrays.fill(direct, -1);
        } else {
            direct = null;
            keys = new long[1024];
            groups = new int[1024];
            Arrays.fill(groups, -1);
            mask = 1023;
        }
    }

    /** Returns the group of a key, giving it the next group number if it is new. */
    int groupOf(long key) {
        if (direct != null) {
            int g = direct[(int) key];
            if (g < 0) {
                g = newGroup(key);
                direct[(int) key] = g;
            }
            return g;
        }
        int slot = (int) mix(key) & mask;
        while (true) {
            int g = groups[slot];
            if (g < 0) {
                g = newGroup(key);
                keys[slot] = key;
                groups[slot] = g;
                if (size * 2 > mask) {
                    rehash();
                }
                return g;
            }
            if (keys[slot] == key) {
                return g;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int newGroup(long key) {
        if (size == keyOfGroup.length) {
            keyOfGroup = Arrays.copyOf(keyOfGroup, size * 2);
        }
        keyOfGroup[size] = key;
        return size++;
    }

    private void rehash() {
        int capacity = (mask + 1) * 2;
        long[] oldKeys = keys;
        int[] oldGroups = groups;
        keys = new long[capacity];
        groups = new int[capacity];
        Arrays.fill(groups, -1);
        mask = capacity - 1;
        for (int i = 0; i < oldGroups.length; i++) {
            if (oldGroups[i] >= 0) {
                int slot = (int) mix(oldKeys[i]) & mask;
                while (groups[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                groups[slot] = oldGroups[i];
            }
        }
    }

    private static long mix(long x) {
        x *= 0x9E3779B97F4A7C15L;
        return x ^ x >>> 29;
    }

    int size() {
        return size;
    }

    long keyOf(int group) {
        return keyOfGroup[group];
    }
}
