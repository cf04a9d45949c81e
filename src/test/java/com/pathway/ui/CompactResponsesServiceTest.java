package com.pathway.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.pathway.support.ViewTest;
import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.communication.UidlRequestHandler;

/** The application's Vaadin service answers page requests with the handler that keeps responses compact. */
class CompactResponsesServiceTest extends ViewTest {

    @Test
    void theCompactHandlerComesBeforeVaadinsOwn() {
        List<RequestHandler> handlers = new ArrayList<>();
        VaadinService.getCurrent().getRequestHandlers().forEach(handlers::add);
        int compact = -1;
        int vaadins = -1;
        for (int i = 0; i < handlers.size(); i++) {
            if (handlers.get(i) instanceof CompactResponses.Handler) {
                compact = i;
            } else if (handlers.get(i) instanceof UidlRequestHandler && vaadins < 0) {
                vaadins = i;
            }
        }
        assertThat(compact).isNotNegative();
        assertThat(vaadins).isGreaterThan(compact);
    }
}
