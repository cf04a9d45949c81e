package com.pathway.shared.ui;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.server.VaadinSession;

/**
 * Keeps a list's free search text out of the address bar, the browser's history and any server or proxy log of
 * addresses, while the other filters stay in the address: the text ({@value #TEXT} among a view's parameters) is
 * replaced by an opaque token ({@value #TOKEN}) that stands for it in this session only. Back, forward and reload
 * work within the session; an address carried elsewhere brings back every filter except the search. An address
 * that still holds the text (an old bookmark) is read once and replaced.
 */
public final class SearchInAddress {

    /** The parameter that holds the search text in a view's own parameters. */
    public static final String TEXT = "q";
    /** The parameter that holds the token in the address. */
    public static final String TOKEN = "search";
    static final int KEPT = 50;

    private SearchInAddress() {
    }

    /** Whether these address parameters hold a search text in clear (to be replaced at once). */
    public static boolean showsText(Map<String, List<String>> params) {
        return params.containsKey(TEXT);
    }

    /** The parameters for the address: the text replaced by its token, in the same place. */
    public static Map<String, List<String>> hide(Map<String, List<String>> params) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (!TEXT.equals(name)) {
                out.put(name, values);
            } else if (!values.isEmpty() && !values.getFirst().isBlank()) {
                out.put(TOKEN, List.of(texts().tokenFor(values.getFirst().strip())));
            }
        });
        return out;
    }

    /**
     * The parameters as the view reads them: the token replaced by the text it stands for. A token this session
     * does not know (an address from another session) is left out and named in {@code problems}.
     */
    public static Map<String, List<String>> reveal(Map<String, List<String>> params, List<String> problems) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (!TOKEN.equals(name)) {
                out.put(name, values);
            } else if (!values.isEmpty()) {
                String text = texts().textOf(values.getFirst());
                if (text == null) {
                    problems.add("the search (it is kept for the session that made it; type it again)");
                } else {
                    out.put(TEXT, List.of(text));
                }
            }
        });
        return out;
    }

    private static Texts texts() {
        VaadinSession session = VaadinSession.getCurrent();
        Texts texts = session.getAttribute(Texts.class);
        if (texts == null) {
            texts = new Texts();
            session.setAttribute(Texts.class, texts);
        }
        return texts;
    }

    /** The session's search texts by token, the latest {@value #KEPT}; the same text keeps its token. */
    static final class Texts implements java.io.Serializable {

        private static final SecureRandom RANDOM = new SecureRandom();
        private final Map<String, String> byToken = new LinkedHashMap<>(16, 0.75f, true);

        synchronized String tokenFor(String text) {
            for (Map.Entry<String, String> e : new ArrayList<>(byToken.entrySet())) {
                if (e.getValue().equals(text)) {
                    byToken.get(e.getKey()); // most recently used
                    return e.getKey();
                }
            }
            byte[] bytes = new byte[9];
            RANDOM.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            byToken.put(token, text);
            if (byToken.size() > KEPT) {
                byToken.remove(byToken.keySet().iterator().next());
            }
            return token;
        }

        synchronized String textOf(String token) {
            return byToken.get(token);
        }
    }
}
