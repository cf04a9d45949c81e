package com.pathway.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.TestingLifecycleHookKt;
import com.pathway.e2e.KnownFunctions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlWriter;

import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import tools.jackson.databind.JsonNode;

/**
 * The functions a view test's UI asks the browser to build ({@code executeJs} and {@code callJsFunction} of the
 * views and of Vaadin's components), each in the form Vaadin's client receives it, held to
 * {@code scripts/known-functions-list.js}. The pages' Content-Security-Policy has no {@code 'unsafe-eval'}, so in a
 * browser a function not listed is refused, and the button or dialog that asked for it does nothing. The browser
 * journeys check the same for what they reach; with this every view test checks what it clicks too, including
 * what no journey opens. {@code -Dpathway.functions.collect=FILE} collects instead of failing, as for the journeys.
 */
public final class ClientFunctions {

    /** Flow's own encoding of invocations for the client: the parameters, then the code (wrapped as it sends it). */
    private static final Method ENCODE;
    private static final List<List<String>> SEEN = new ArrayList<>();

    static {
        try {
            ENCODE = UidlWriter.class.getDeclaredMethod("encodeExecuteJavaScriptList", List.class);
            ENCODE.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError("Vaadin's UidlWriter no longer encodes invocations as this test "
                    + "expects: " + e);
        }
        List<Function1<PendingJavaScriptInvocation, Unit>> handlers =
                new ArrayList<>(TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers());
        handlers.add(invocation -> {
            record(invocation);
            return Unit.INSTANCE;
        });
        TestingLifecycleHookKt.setPendingJavascriptInvocationHandlers(handlers);
    }

    private ClientFunctions() {
    }

    /** A test begins: nothing seen yet. */
    public static synchronized void start() {
        SEEN.clear();
    }

    /** A test ends: what its UI still had to send is sent, then every function it asked for must be listed. */
    public static void check() {
        if (VaadinSession.getCurrent() != null && UI.getCurrent() != null) {
            MockVaadin.clientRoundtrip(false);
        }
        List<List<String>> missing;
        synchronized (ClientFunctions.class) {
            missing = SEEN.stream().distinct().filter(key -> !KnownFunctions.isListed(key)).toList();
            SEEN.clear();
        }
        KnownFunctions.report("The view asked the browser for JavaScript its Content-Security-Policy refuses.",
                missing, List.of());
    }

    private static synchronized void record(PendingJavaScriptInvocation invocation) {
        SEEN.add(key(invocation));
    }

    /** The parameter names and code the client passes to {@code new Function} for this invocation. */
    static List<String> key(PendingJavaScriptInvocation invocation) {
        JsonNode encoded;
        try {
            encoded = ((JsonNode) ENCODE.invoke(null, List.of(invocation))).get(0);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Could not encode " + invocation.getInvocation().getExpression(), e);
        }
        List<String> key = new ArrayList<>();
        int parameters = encoded.size() - 1;
        for (int i = 0; i < parameters; i++) {
            key.add("$" + i);
        }
        key.add(encoded.get(parameters).asString());
        return List.copyOf(key);
    }
}
