package com.pathway.ui;

import java.io.IOException;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;

/**
 * Keeps each open page's last response at one byte a character. Vaadin keeps the last response of every UI for as
 * long as it is open, to send it again when the browser says it did not arrive; it is the page's whole content after
 * a navigation, tens of kilobytes. One character beyond Latin-1 in it ("…", "→", "▾") makes the JVM keep the whole
 * string at two bytes a character. The kept copy is written with JSON's {@code \\u} escapes for those characters
 * instead: the same JSON to the browser, at half the memory. The response sent is not changed.
 */
@Component
public class CompactResponses implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Added handlers come before Vaadin's own: this one answers every UIDL request in its place.
        event.addRequestHandler(new Handler());
    }

    /** Vaadin's UIDL request handling, after which the UI's kept response is made compact. */
    static final class Handler extends UidlRequestHandler {

        @Override
        public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
                VaadinResponse response, String requestBody) throws IOException {
            // Found first, as Vaadin's handling does: a request that signs the user out ends the session in it, and
            // the session's UIs cannot be looked up after that.
            UI ui = session.getService().findUI(request);
            Optional<ResponseWriter> answer = super.synchronizedHandleRequest(session, request, response, requestBody);
            // Still under the session's lock.
            if (ui != null) {
                UIInternals internals = ui.getInternals();
                String kept = internals.getLastRequestResponse();
                String compact = latin1(kept);
                if (compact != kept) {
                    internals.setLastRequestResponse(compact);
                }
            }
            return answer;
        }
    }

    /**
     * {@code json} with every character beyond Latin-1 written as a {@code \\u} escape (a character outside the basic
     * plane as its two surrogates), or {@code json} itself when it holds none. Such characters can only stand inside
     * a JSON string, where the escape means the same character.
     */
    static String latin1(String json) {
        if (json == null) {
            return null;
        }
        int first = -1;
        for (int i = 0; i < json.length(); i++) {
            if (json.charAt(i) > 0xFF) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length() + 64);
        out.append(json, 0, first);
        for (int i = first; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c > 0xFF) {
                out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                        .append(HEX[c & 0xF]);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();
}
