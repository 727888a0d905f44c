package org.warmpool.e2e;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings of axe that come from inside Vaadin's own components and cannot be fixed from the
 * app: each one a rule on one kind of element, with the reason. Nothing else is left out, and no
 * rule is turned off for the whole page. The accessibility statement lists them as known limits.
 */
final class AxeExceptions {

    /**
     * A rule's finding on one kind of element: the last part of its selector, or its HTML, starts
     * with {@code element}; {@code inComponent} when the element is inside a component's shadow root (axe
     * then gives the selector as a list, host first: "[[vaadin-grid, #focusexit]]"); and axe's
     * summary of what is wrong contains {@code failure}.
     */
    record Known(String rule, String element, boolean inComponent, String failure, String reason) {
        boolean matches(String ruleId, CheckedNode node) {
            String target = String.valueOf(node.getTarget());
            String[] parts = target.split("[\\s>,]+");
            String last = parts[parts.length - 1].replaceAll("^\\[+", "");
            String summary = String.valueOf(node.getFailureSummary());
            // An element with an id is named by it ("#walk-in-red-flags"): its tag is in its HTML then.
            boolean kind = last.startsWith(element) || String.valueOf(node.getHtml()).startsWith("<" + element);
            return rule.equals(ruleId) && kind
                    && (!inComponent || target.startsWith("[[")) && summary.contains(failure);
        }
    }

    static final List<Known> KNOWN = List.of(
            new Known("region", "vaadin-connection-indicator", false, "",
                    "Vaadin adds its connection indicator straight to the page's body, outside any landmark; "
                    + "it shows only while the server is slow to answer or the connection is lost, and then says so "
                    + "through a live region."),
            new Known("aria-allowed-attr", "vaadin-select-value-button", false, "aria-required",
                    "Vaadin's select puts aria-required on its value button, whose role is button "
                    + "(vaadin/web-components issue 7337). Screen readers still announce the field as required; "
                    + "the label also shows it."),
            new Known("aria-allowed-attr", "vaadin-checkbox-group", false, "aria-required",
                    "Vaadin's checkbox group puts aria-required on itself, whose role is group "
                    + "(vaadin/web-components issue 2931); the same as the select's."),
            new Known("focus-order-semantics", "#overlay", true, "",
                    "Vaadin's dialogs make their overlay's inner box focusable to hold the keyboard inside the "
                    + "dialog; it has no role (an experimental axe rule)."),
            new Known("focus-order-semantics", "#focusexit", true, "",
                    "Vaadin's grid has a focusable element of its own at its end, to let Tab leave the grid; "
                    + "it has no role (an experimental axe rule)."));

    private AxeExceptions() {
    }

    /** The violations less the nodes that a known exception covers; a rule left with no node goes. */
    static List<Rule> withoutKnown(List<Rule> violations) {
        List<Rule> left = new ArrayList<>();
        for (Rule rule : violations) {
            List<CheckedNode> nodes = new ArrayList<>(rule.getNodes());
            nodes.removeIf(node -> KNOWN.stream().anyMatch(known -> known.matches(rule.getId(), node)));
            if (!nodes.isEmpty()) {
                rule.setNodes(nodes);
                left.add(rule);
            }
        }
        return left;
    }
}
