package org.warmpool.base.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.TestingLifecycleHookKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.ArrayList;
import java.util.List;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;

/**
 * Which components the server asked the browser to focus: Karibu runs no browser, so this
 * records the JavaScript calls each round trip would send (Focusable.focus() and
 * {@link Focus#on} are such calls). Open one per test and close it after.
 */
public final class FocusRequests implements AutoCloseable {

    private final List<PendingJavaScriptInvocation> sent = new ArrayList<>();
    private final List<Function1<PendingJavaScriptInvocation, Unit>> before;

    private FocusRequests() {
        before = TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers();
        List<Function1<PendingJavaScriptInvocation, Unit>> handlers = new ArrayList<>(before);
        handlers.add(call -> {
            sent.add(call);
            return Unit.INSTANCE;
        });
        TestingLifecycleHookKt.setPendingJavascriptInvocationHandlers(handlers);
    }

    /** Starts recording. */
    public static FocusRequests record() {
        return new FocusRequests();
    }

    /** Whether the browser was asked to focus this component since recording started. */
    public boolean focused(Component component) {
        MockVaadin.clientRoundtrip();
        return sent.stream().anyMatch(call -> call.getOwner() == component.getElement().getNode()
                && call.getInvocation().getExpression().contains("focus"));
    }

    /** Forgets what was recorded so far. */
    public void clear() {
        MockVaadin.clientRoundtrip();
        sent.clear();
    }

    @Override
    public void close() {
        TestingLifecycleHookKt.setPendingJavascriptInvocationHandlers(before);
    }
}
