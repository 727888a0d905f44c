package org.warmpool.base;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Caps every property's tries, and fixes the seed, when the system property
 * {@code warmpool.jqwik.max-tries} is set. Mutation testing runs the properties again for every
 * mutant they cover, so there they run with fewer tries and the same generated cases each time,
 * which keeps the mutation score repeatable (see the pitest plugin in pom.xml). A normal test run
 * is unchanged. Registered for all properties in
 * {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}.
 */
public class JqwikTriesCap implements AroundPropertyHook {

    static final String MAX_TRIES = "warmpool.jqwik.max-tries";
    private static final String SEED = "20261204";

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public boolean appliesTo(Optional<AnnotatedElement> element) {
        return Integer.getInteger(MAX_TRIES) != null;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        int max = Integer.getInteger(MAX_TRIES);
        int tries = context.attributes().tries().orElse(max);
        context.attributes().setTries(Math.min(tries, max));
        context.attributes().setSeed(SEED);
        context.attributes().setAfterFailure(AfterFailureMode.RANDOM_SEED);
        return property.execute();
    }
}
