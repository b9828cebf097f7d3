package io.github.binhdang.core.calc;

import java.util.Arrays;

/**
 * Gives each distinct long key a dense group number from 0, in the order keys are first seen, with an
 * open-addressing hash table of primitive longs, so the aggregation loop allocates nothing per row. A
 * small key space needs no index at all: there each key is its own group ({@link #isDense()}).
 */
final class GroupIndex {

    /** Key spaces up to this size are dense: 1,048,576 groups of 24 bytes of sums. */
    static final long DENSE_LIMIT = 1 << 20;

    private final boolean dense;
    private long[] keys;
    private int[] groups;
    private int mask;
    private int size;
    private long[] keyOfGroup = new long[64];

    GroupIndex(long keySpace, long denseLimit) {
        if (keySpace <= denseLimit) {
            dense = true;
        } else {
            dense = false;
            keys = new long[1024];
            groups = new int[1024];
            Arrays.fill(groups, -1);
            mask = 1023;
        }
    }

    /** Returns an index that numbers every key through its hash table, whatever the key space. */
    static GroupIndex sparse() {
        return new GroupIndex(1, 0);
    }

    /** Tells whether keys are their own group numbers (a small key space) and need no lookup. */
    boolean isDense() {
        return dense;
    }

    /** Returns the group of a key in a sparse key space, giving it the next number if it is new. */
    int groupOf(long key) {
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
