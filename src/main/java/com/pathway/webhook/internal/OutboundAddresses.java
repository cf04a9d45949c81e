package com.pathway.webhook.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which addresses an outbound call (a webhook delivery) may connect to: none inside the clinic's
 * network or the machine itself. A host is read the way the C resolver would read it, so that odd
 * spellings of an address ({@code 2130706433}, {@code 0177.0.0.1}, {@code 0x7f.1}) are judged as the
 * address they stand for, and a name is resolved; when any of its addresses is internal the host is
 * refused as a whole, so a name that resolves to both kinds cannot be used to reach inside.
 */
public final class OutboundAddresses {

    /** Thrown when a host cannot be used; its message is safe to show to an administrator. */
    public static final class RefusedTarget extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        RefusedTarget(String message) {
            super(message);
        }
    }

    /** Networks that are not the public Internet: loopback, private, link-local, CGNAT, multicast, reserved... */
    private static final List<Network> INTERNAL = List.of(
            Network.of("0.0.0.0", 8),          // "this network", incl. the unspecified address
            Network.of("10.0.0.0", 8),         // private
            Network.of("100.64.0.0", 10),      // carrier-grade NAT
            Network.of("127.0.0.0", 8),        // loopback
            Network.of("169.254.0.0", 16),     // link-local, incl. cloud metadata 169.254.169.254
            Network.of("172.16.0.0", 12),      // private
            Network.of("192.0.0.0", 24),       // IETF protocol assignments
            Network.of("192.0.2.0", 24),       // documentation
            Network.of("192.88.99.0", 24),     // 6to4 relay
            Network.of("192.168.0.0", 16),     // private
            Network.of("198.18.0.0", 15),      // benchmarking
            Network.of("198.51.100.0", 24),    // documentation
            Network.of("203.0.113.0", 24),     // documentation
            Network.of("224.0.0.0", 4),        // multicast
            Network.of("240.0.0.0", 4),        // reserved, incl. broadcast
            Network.of("::", 128),             // unspecified
            Network.of("::1", 128),            // loopback
            Network.of("64:ff9b:1::", 48),     // local-use NAT64
            Network.of("100::", 64),           // discard
            Network.of("2001::", 32),          // Teredo (carries an IPv4 address in disguise)
            Network.of("2001:db8::", 32),      // documentation
            Network.of("fc00::", 7),           // unique local
            Network.of("fe80::", 10),          // link-local
            Network.of("fec0::", 10),          // old site-local
            Network.of("ff00::", 8));          // multicast

    private static final Pattern NUMERIC_HOST = Pattern.compile("[0-9a-fA-FxX.]+");

    private OutboundAddresses() {
    }

    /** Whether a call may connect to this address. */
    public static boolean isPublic(InetAddress address) {
        Optional<InetAddress> embedded = embeddedIpv4(address);
        if (embedded.isPresent()) {
            return isPublic(embedded.get());
        }
        byte[] bytes = address.getAddress();
        return INTERNAL.stream().noneMatch(n -> n.contains(bytes));
    }

    /**
     * The addresses a host stands for, all of them public, or a {@link RefusedTarget} saying why not.
     * A literal address (in any spelling the C resolver accepts) is not looked up.
     */
    public static InetAddress[] resolvePublic(String host) throws UnknownHostException {
        String name = host == null ? "" : host.strip();
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.isEmpty()) {
            throw new RefusedTarget("The URL needs a host name.");
        }
        InetAddress[] addresses = literal(name).map(a -> new InetAddress[] {a}).orElse(null);
        if (addresses == null) {
            if (looksNumeric(name) || name.contains(":") || name.contains("%")) {
                throw new RefusedTarget("The host is not a valid address.");
            }
            try {
                addresses = InetAddress.getAllByName(name);
            } catch (UnknownHostException | SecurityException e) {
                throw new RefusedTarget("The host name could not be found.");
            }
        }
        if (Arrays.stream(addresses).anyMatch(a -> !isPublic(a))) {
            throw new RefusedTarget("The host points inside the clinic's network or at this server;"
                    + " use an address on the public Internet.");
        }
        return addresses;
    }

    /** An IPv6 literal, or an IPv4 address in any of the C resolver's spellings (inet_aton). */
    static Optional<InetAddress> literal(String host) {
        if (host.contains(":")) {
            if (host.contains("%") || !host.matches("[0-9a-fA-F:.]+")) {
                return Optional.empty();
            }
            try {
                return Optional.of(InetAddress.getByName(host));
            } catch (UnknownHostException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return looksNumeric(host) ? inetAton(host) : Optional.empty();
    }

    private static boolean looksNumeric(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (!NUMERIC_HOST.matcher(h).matches() || h.isEmpty()) {
            return false;
        }
        // A name such as "cafe.be" is made of hex letters too: numeric only if every part starts with a digit.
        return Arrays.stream(h.split("\\.", -1)).allMatch(p -> !p.isEmpty() && Character.isDigit(p.charAt(0)));
    }

    /** The C library's reading: one to four parts, each decimal, octal (leading 0) or hex (0x). */
    private static Optional<InetAddress> inetAton(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = h.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long value = number(parts[i]);
            if (value == null) {
                return Optional.empty();
            }
            values[i] = value;
        }
        long address = 0;
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] > 0xFF) {
                return Optional.empty();
            }
            address |= values[i] << (8 * (3 - i));
        }
        long last = values[values.length - 1];
        if (last >= 1L << (8 * (5 - values.length))) {
            return Optional.empty();
        }
        address |= last;
        byte[] bytes = {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
        try {
            return Optional.of(InetAddress.getByAddress(host, bytes));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static Long number(String part) {
        String p = part.toLowerCase(Locale.ROOT);
        int radix = 10;
        if (p.startsWith("0x")) {
            radix = 16;
            p = p.substring(2);
            if (p.isEmpty()) {
                return 0L;
            }
        } else if (p.length() > 1 && p.startsWith("0")) {
            radix = 8;
            p = p.substring(1);
        }
        if (p.isEmpty() || p.length() > 12) {
            return null;
        }
        try {
            return Long.parseLong(p, radix);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 or 6to4 IPv6 address. */
    private static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] b = address.getAddress();
        int from;
        if (zero(b, 0, 10) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
            from = 12;                                  // ::ffff:a.b.c.d
        } else if (zero(b, 0, 12) && !zero(b, 12, 16) && !(zero(b, 12, 15) && b[15] == 1)) {
            from = 12;                                  // ::a.b.c.d (deprecated IPv4-compatible)
        } else if (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B && zero(b, 4, 12)) {
            from = 12;                                  // 64:ff9b::a.b.c.d (NAT64)
        } else if (b[0] == 0x20 && b[1] == 0x02) {
            from = 2;                                   // 2002:aabb:ccdd:: (6to4)
        } else {
            return Optional.empty();
        }
        try {
            return Optional.of(Inet4Address.getByAddress(Arrays.copyOfRange(b, from, from + 4)));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean zero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private record Network(byte[] prefix, int bits) {

        static Network of(String address, int bits) {
            try {
                return new Network(InetAddress.getByName(address).getAddress(), bits);
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (prefix[full] & mask);
        }
    }
}
