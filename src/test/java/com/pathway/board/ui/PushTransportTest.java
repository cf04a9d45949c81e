package com.pathway.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.shared.ui.Transport;

class PushTransportTest {

    @Test
    void theBoardPushesOnlyFromTheServerSoThatEveryRequestOfTheBrowserPassesTheSecurityFilters() {
        assertThat(BoardView.PUSH_TRANSPORT).isEqualTo(Transport.WEBSOCKET_XHR);
    }
}
