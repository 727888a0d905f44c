package org.warmpool.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A test class that Surefire and Failsafe do not pick up by name is a test that never runs. Every
 * concrete class holding tests (JUnit's and jqwik's test annotations are all {@link Testable}) has a
 * name the runners find: Surefire's {@code *Test}, {@code *Tests}, {@code Test*}, {@code *TestCase}
 * or Failsafe's {@code *IT}, {@code IT*}, {@code *ITCase}.
 */
class TestClassNamesTest {

    private static final Pattern RUN_BY_NAME =
            Pattern.compile("Test.*|.*Test|.*Tests|.*TestCase|IT.*|.*IT|.*ITCase");

    @Test
    void everyTestClassIsNamedSoThatTheBuildRunsIt() throws Exception {
        List<Class<?>> testClasses = compiledTestClasses().stream().filter(TestClassNamesTest::holdsTests).toList();
        assertThat(testClasses).as("test classes found").hasSizeGreaterThan(50);

        List<String> neverRun = testClasses.stream()
                .filter(c -> !Modifier.isAbstract(c.getModifiers()))
                .map(TestClassNamesTest::outermost)
                .filter(c -> !RUN_BY_NAME.matcher(c.getSimpleName()).matches())
                .map(Class::getName)
                .distinct()
                .toList();

        assertThat(neverRun).as("test classes that ./mvnw verify would skip").isEmpty();
    }

    @Test
    void aTestClassWithAnotherNameIsCaught() {
        assertThat(holdsTests(MisnamedProperties.class)).isTrue();
        assertThat(RUN_BY_NAME.matcher(MisnamedProperties.class.getSimpleName()).matches()).isFalse();
        assertThat(holdsTests(InheritsTests.class)).as("tests inherited from a base class count").isTrue();
        assertThat(holdsTests(String.class)).isFalse();
        assertThat(RUN_BY_NAME.matcher("MatcherPropertiesTest").matches()).isTrue();
        assertThat(RUN_BY_NAME.matcher("CrashIT").matches()).isTrue();
    }

    private static List<Class<?>> compiledTestClasses() throws IOException, URISyntaxException {
        Path root = Path.of(TestClassNamesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .map(TestClassNamesTest::load)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, TestClassNamesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }

    private static boolean holdsTests(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (AnnotationSupport.isAnnotated(method, Testable.class)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Class<?> outermost(Class<?> type) {
        Class<?> outer = type;
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
        }
        return outer;
    }

    /** Stand-ins for the check above; nested, so the runners never run them on their own. */
    static class MisnamedProperties {
        @net.jqwik.api.Property
        boolean aProperty() {
            return true;
        }
    }

    abstract static class BaseWithTests {
        @Test
        void aTest() {
        }
    }

    static class InheritsTests extends BaseWithTests {
    }
}
