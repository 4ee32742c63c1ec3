package io.github.winnet4j.testing;

import io.github.winnet4j.api.InternetHandle;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Fails any test that leaves a handle open: the handles open after the test, less those that were
 * open before it, must be none. Registered for every test by extension auto-detection.
 */
public final class NoLeakedHandles implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(NoLeakedHandles.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NS).put("before", new ArrayList<>(InternetHandle.openHandles()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void afterEach(ExtensionContext context) {
        List<String> before = context.getStore(NS).get("before", List.class);
        List<String> now = new ArrayList<>(InternetHandle.openHandles());
        if (before != null) {
            for (String b : before) {
                now.remove(b);
            }
        }
        if (!now.isEmpty()) {
            throw new AssertionError("the test left " + now.size() + " handle(s) open: " + now);
        }
    }
}
