package com.pathway.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;

class PushTransportTest {

    @Test
    void pushSendsOnlyFromTheServerSoThatEveryRequestOfTheBrowserPassesTheSecurityFilters() {
        Push push = AppShell.class.getAnnotation(Push.class);
        assertThat(push.transport()).isEqualTo(Transport.WEBSOCKET_XHR);
        assertThat(push.value()).isEqualTo(PushMode.AUTOMATIC);
    }
}
