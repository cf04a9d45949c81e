package com.pathway.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Answers each page request with its response in plain ASCII, and keeps that copy. Vaadin keeps the last response of
 * every UI for as long as it is open, to send it again when the browser says it did not arrive; it is the page's
 * whole content after a navigation, tens or hundreds of kilobytes. One character beyond Latin-1 in it ("…", "→", "▾")
 * makes the JVM hold the whole string at two bytes a character, and Vaadin's sending of it then copies it twice more,
 * the last time into an array of three bytes a character: for a large page more than half a megabyte, which the
 * garbage collector must place as a "humongous" object, and each one of those began a collection cycle.
 * <p>
 * Here every character beyond ASCII is written as JSON's {@code \\u} escape instead: the same JSON to the browser,
 * kept at one byte a character and sent as the bytes of that string. Vaadin's own answer is used whenever it is not
 * the response it has just kept (an expired page, a refused request, a response sent again).
 */
@Component
public class CompactResponses implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Added handlers come before Vaadin's own: this one answers every UIDL request in its place.
        event.addRequestHandler(new Handler());
    }

    /** Vaadin's UIDL request handling, whose new response is kept and sent in ASCII. */
    static final class Handler extends UidlRequestHandler {

        @Override
        public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
                VaadinResponse response, String requestBody) throws IOException {
            // Found first, as Vaadin's handling does: a request that signs the user out ends the session in it, and
            // the session's UIs cannot be looked up after that.
            UI ui = session.getService().findUI(request);
            String before = ui == null ? null : ui.getInternals().getLastRequestResponse();
            Optional<ResponseWriter> answer = super.synchronizedHandleRequest(session, request, response, requestBody);
            // Still under the session's lock.
            if (ui == null || answer.isEmpty()) {
                return answer;
            }
            UIInternals internals = ui.getInternals();
            String kept = internals.getLastRequestResponse();
            if (kept == null || kept == before) {
                // Not a new response: Vaadin's answer is something else (or the kept one again, already compact).
                return answer;
            }
            // Vaadin kept the response it is about to send, character for character: send the compact copy instead.
            String compact = ascii(kept);
            internals.setLastRequestResponse(compact);
            return Optional.of(() -> commitJsonResponse(response, compact));
        }
    }

    /**
     * {@code json} with every character beyond ASCII written as a {@code \\u} escape (a character outside the basic
     * plane as its two surrogates), or {@code json} itself when it holds none. Such characters can only stand inside
     * a JSON string, where the escape means the same character.
     */
    static String ascii(String json) {
        if (json == null) {
            return null;
        }
        int beyond = 0;
        for (int i = 0; i < json.length(); i++) {
            if (json.charAt(i) > 0x7F) {
                beyond++;
            }
        }
        if (beyond == 0) {
            return json;
        }
        // Written as bytes: a string builder fed from a two-byte string would hold two bytes a character, which for
        // a large page is the half-megabyte array this avoids.
        byte[] out = new byte[json.length() + 5 * beyond];
        int j = 0;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c > 0x7F) {
                out[j++] = '\\';
                out[j++] = 'u';
                out[j++] = HEX[c >> 12];
                out[j++] = HEX[(c >> 8) & 0xF];
                out[j++] = HEX[(c >> 4) & 0xF];
                out[j++] = HEX[c & 0xF];
            } else {
                out[j++] = (byte) c;
            }
        }
        return new String(out, StandardCharsets.US_ASCII);
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
}
