package io.github.winnet4j.testing;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.backends.Backends;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

import java.util.List;
import java.util.stream.Stream;

/** One invocation of an {@link AllBackends} test per backend under test. */
public final class BackendInvocations implements TestTemplateInvocationContextProvider {

    /** The backends under test: the requested one, or every available one. */
    public static List<Backend> underTest() {
        String requested = System.getProperty(Backends.PROPERTY);
        if (requested != null && !requested.isBlank() && !requested.equalsIgnoreCase("auto")) {
            return List.of(Backends.byName(requested));
        }
        List<Backend> available = Backends.available();
        if (available.isEmpty()) {
            throw new IllegalStateException("no backend is available");
        }
        return available;
    }

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return underTest().stream().map(BackendInvocation::new);
    }

    private static final class BackendInvocation implements TestTemplateInvocationContext {
        private final Backend backend;

        BackendInvocation(Backend backend) {
            this.backend = backend;
        }

        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + backend.name() + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new ParameterResolver() {
                @Override
                public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
                    return p.getParameter().getType() == Backend.class;
                }

                @Override
                public Object resolveParameter(ParameterContext p, ExtensionContext e) {
                    return backend;
                }
            });
        }
    }
}
