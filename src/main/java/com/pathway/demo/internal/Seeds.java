package com.pathway.demo.internal;

/** Independent, repeatable random streams per lead: the same seed and index give the same stream. */
final class Seeds {

    private Seeds() {
    }

    /** SplitMix64's finaliser over the seed and the index. */
    static long mix(long seed, long index) {
        long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
