package org.warmpool.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;

/**
 * A test class that Surefire and Failsafe do not pick up by name is a test that never runs. Every
 * concrete class holding tests (JUnit's and jqwik's annotations are all {@link Testable}) has a name
 * the runners find: Surefire's {@code *Test}, {@code *Tests}, {@code Test*}, {@code *TestCase} or
 * Failsafe's {@code *IT}, {@code IT*}, {@code *ITCase}.
 */
class TestClassNamesTest {

    private static final Pattern RUN_BY_NAME =
            Pattern.compile("Test.*|.*Test|.*Tests|.*TestCase|IT.*|.*IT|.*ITCase");

    @Test
    void everyTestClassIsNamedSoThatTheBuildRunsIt() {
        JavaClasses testClasses = new ClassFileImporter()
                .withImportOption(new ImportOption.OnlyIncludeTests())
                .importPackages("org.warmpool");
        assertThat(testClasses).as("test classes found").isNotEmpty();

        List<String> neverRun = testClasses.stream()
                .filter(TestClassNamesTest::holdsTests)
                .filter(c -> !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(TestClassNamesTest::outermost)
                .filter(c -> !RUN_BY_NAME.matcher(c.getSimpleName()).matches())
                .map(JavaClass::getName)
                .distinct()
                .toList();

        assertThat(neverRun).as("test classes that ./mvnw verify would skip").isEmpty();
    }

    @Test
    void aTestClassWithAnotherNameIsCaught() {
        JavaClass misnamed = new ClassFileImporter().importClass(MisnamedProperties.class);
        assertThat(holdsTests(misnamed)).isTrue();
        assertThat(RUN_BY_NAME.matcher(misnamed.getSimpleName()).matches()).isFalse();
        assertThat(RUN_BY_NAME.matcher("MatcherPropertiesTest").matches()).isTrue();
        assertThat(RUN_BY_NAME.matcher("CrashIT").matches()).isTrue();
    }

    private static boolean holdsTests(JavaClass javaClass) {
        return javaClass.getAllMethods().stream().anyMatch(m -> m.isMetaAnnotatedWith(Testable.class));
    }

    private static JavaClass outermost(JavaClass javaClass) {
        JavaClass outer = javaClass;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    /** Not a test of its own: a stand-in for a misnamed test class, nested so the runners skip it. */
    static class MisnamedProperties {
        @net.jqwik.api.Property
        void aProperty() {
        }
    }
}
