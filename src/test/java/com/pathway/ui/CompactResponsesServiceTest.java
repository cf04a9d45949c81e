package com.pathway.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

import org.junit.jupiter.api.Test;

import com.pathway.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.SynchronizedRequestHandler.ResponseWriter;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import com.vaadin.flow.shared.ApplicationConstants;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application's Vaadin service answers page requests with the handler that sends and keeps responses in ASCII:
 * a page request as the browser sends it, through Vaadin's own handling, against the UI of a view test.
 */
class CompactResponsesServiceTest extends ViewTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    @Test
    void aPageRequestIsAnsweredWithTheResponseVaadinKeptWrittenInAscii() throws IOException {
        UI ui = UI.getCurrent();
        Span text = new Span("Close\u2026 New \u2192 Old \u25be caf\u00e9 \ud83d\ude00");
        text.setId("compact-text");
        ui.add(text);

        String sent = send(ui, body(ui, ui.getCsrfToken()));

        assertThat(sent).isEqualTo(ui.getInternals().getLastRequestResponse());
        assertThat(sent.chars().allMatch(c -> c <= 0x7F)).as(sent).isTrue();
        assertThat(sent).contains("Close\\u2026 New \\u2192 Old \\u25be caf\\u00e9 \\ud83d\\ude00");
        // Read as JSON, the text is the text set on the page.
        assertThat(textsIn(JSON.readTree(sent))).contains("Close\u2026 New \u2192 Old \u25be caf\u00e9 \ud83d\ude00");
    }

    @Test
    void aResponseSentAgainIsTheKeptOne() throws IOException {
        UI ui = UI.getCurrent();
        ui.add(new Span("Arrived \u2192 kept"));
        String message = body(ui, ui.getCsrfToken());
        String first = send(ui, message);

        // The browser did not get the answer and sends the same message again.
        String again = send(ui, message);

        assertThat(again).isEqualTo(first).isEqualTo(ui.getInternals().getLastRequestResponse());
    }

    @Test
    void aRequestVaadinRefusesGetsVaadinsOwnAnswerAndTheKeptResponseStays() throws IOException {
        UI ui = UI.getCurrent();
        ui.add(new Span("Before \u2192 after"));
        send(ui, body(ui, ui.getCsrfToken()));
        String kept = ui.getInternals().getLastRequestResponse();

        String refused = send(ui, body(ui, "not-the-token"));

        assertThat(refused).isNotEqualTo(kept);
        assertThat(ui.getInternals().getLastRequestResponse()).isSameAs(kept);
    }

    /** The page's next UIDL message, with no calls, as the browser sends one. */
    private static String body(UI ui, String token) {
        return JSON.createObjectNode().put(ApplicationConstants.CSRF_TOKEN, token)
                .put(ApplicationConstants.SERVER_SYNC_ID, ui.getInternals().getServerSyncId())
                .put(ApplicationConstants.CLIENT_TO_SERVER_ID, ui.getInternals().getLastProcessedClientToServerId() + 1)
                .set(ApplicationConstants.RPC_INVOCATIONS, JSON.createArrayNode()).toString();
    }

    /** What the handler writes for {@code body}, handled as the page's request under the session's lock. */
    private static String send(UI ui, String body) throws IOException {
        VaadinSession session = VaadinSession.getCurrent();
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getWrappedSession()).thenReturn(session.getSession());
        when(request.getParameter(ApplicationConstants.UI_ID_PARAMETER)).thenReturn(String.valueOf(ui.getUIId()));
        when(request.getService()).thenReturn(session.getService());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        VaadinResponse response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        });
        Optional<ResponseWriter> writer = new CompactResponses.Handler().synchronizedHandleRequest(session, request,
                response, body);
        assertThat(writer).isPresent();
        writer.get().writeResponse();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static List<String> textsIn(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isString()) {
            texts.add(node.asString());
        }
        // an array's elements, an object's values
        node.forEach(child -> texts.addAll(textsIn(child)));
        return texts;
    }
}
