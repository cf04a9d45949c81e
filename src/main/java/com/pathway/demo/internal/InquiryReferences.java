package com.pathway.demo.internal;

/**
 * Inquiry references for generated leads, in the app's shape ({@code INQ-} and ten characters of an
 * alphabet without look-alikes). A fixed bijection of the project and item number, so they are
 * unique without a look-up and the same on every run; the app's own references are random over
 * 2^50 values, so a clash with one is as unlikely as two random ones clashing.
 */
final class InquiryReferences {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final long MASK = (1L << 50) - 1;

    private InquiryReferences() {
    }

    static String of(long projectId, long number) {
        long x = ((projectId << 40) ^ number) & MASK;
        // Odd multipliers and xor-shifts are bijections modulo 2^50, so distinct inputs stay distinct.
        x = (x * 0x2545F4914F6CDD1DL) & MASK;
        x ^= x >>> 23;
        x = (x * 0x9E3779B97F4A7C15L) & MASK;
        x ^= x >>> 29;
        char[] out = new char[10];
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (x & 31)];
            x >>>= 5;
        }
        return "INQ-" + new String(out);
    }
}
