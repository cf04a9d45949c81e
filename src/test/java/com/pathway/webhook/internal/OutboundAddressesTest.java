package com.pathway.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every spelling of an inside address is refused; public addresses pass; nothing here needs DNS. */
class OutboundAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "127.0.0.1", "127.1", "127.255.255.254", "2130706433", "0177.0.0.1", "0177.1", "0x7f.0.0.1", "0x7f000001",
            "0x7F.1", "017700000001", "127.0.0.1.", "0", "0.0.0.0", "00", "0x0",
            "10.0.0.1", "012.0.0.1", "167772161", "172.16.0.1", "172.31.255.255", "192.168.1.1", "0xc0.0xa8.1.1",
            "169.254.169.254", "2852039166", "0xa9fea9fe", "0251.0376.0251.0376", "100.64.0.1", "100.127.255.255",
            "224.0.0.1", "239.255.255.250", "255.255.255.255", "240.0.0.1", "198.18.0.1", "192.0.0.8",
            "::1", "[::1]", "::", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1", "[::ffff:127.0.0.1]", "::ffff:7f00:1",
            "::ffff:169.254.169.254", "::ffff:a9fe:a9fe", "::ffff:10.0.0.1", "::127.0.0.1", "::a9fe:a9fe",
            "64:ff9b::7f00:1", "64:ff9b::169.254.169.254", "2002:7f00:1::", "2002:a9fe:a9fe::1", "2001:0:1::1",
            "fc00::1", "fd12:3456::1", "fe80::1", "febf::1", "fec0::1", "ff02::1", "ff05::1:3", "2001:db8::1",
            "64:ff9b:1::1", "100::1"})
    void refusesEveryInsideAddressInEverySpelling(String host) {
        assertThatThrownBy(() -> OutboundAddresses.resolvePublic(host))
                .isInstanceOf(OutboundAddresses.RefusedTarget.class)
                .hasMessageContaining("inside the clinic's network");
    }

    @ParameterizedTest
    @CsvSource({"93.184.215.14, 93.184.215.14", "1.1.1.1, 1.1.1.1", "16843009, 1.1.1.1", "0x01.0x01.0x01.0x01, 1.1.1.1",
            "8.8.8.8., 8.8.8.8", "100.128.0.1, 100.128.0.1", "172.32.0.1, 172.32.0.1", "2606:4700:4700::1111, 2606:4700:4700:0:0:0:0:1111",
            "::ffff:8.8.8.8, 8.8.8.8", "64:ff9b::808:808, 64:ff9b:0:0:0:0:808:808"})
    void acceptsPublicAddressesAndConnectsToTheAddressTheyStandFor(String host, String expected) throws Exception {
        InetAddress[] addresses = OutboundAddresses.resolvePublic(host);

        assertThat(addresses).hasSize(1);
        assertThat(addresses[0].getHostAddress()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3.4.5", "256.1.1.1", "1.16777216", "0x", "08.1.1.1", "1..1", "fe80::1%eth0",
            "[fe80::1%25eth0]", "::gg", ""})
    void refusesHostsThatLookLikeAddressesButAreNot(String host) {
        assertThatThrownBy(() -> OutboundAddresses.resolvePublic(host))
                .isInstanceOf(OutboundAddresses.RefusedTarget.class);
    }

    @Test
    void aNameIsResolvedAndRefusedWhenItPointsInside() {
        assertThatThrownBy(() -> OutboundAddresses.resolvePublic("localhost"))
                .isInstanceOf(OutboundAddresses.RefusedTarget.class)
                .hasMessageContaining("inside the clinic's network");
    }

    @Test
    void anUnknownNameIsRefusedWithoutTheResolverError() {
        assertThatThrownBy(() -> OutboundAddresses.resolvePublic("no-such-host.invalid"))
                .isInstanceOf(OutboundAddresses.RefusedTarget.class)
                .hasMessage("The host name could not be found.");
    }

    @Test
    void namesMadeOfHexLettersAreNamesNotNumbers() {
        assertThat(OutboundAddresses.literal("cafe.be")).isEmpty();
        assertThat(OutboundAddresses.literal("0xcafe")).isPresent();
    }
}
