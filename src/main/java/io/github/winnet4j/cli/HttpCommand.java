package io.github.winnet4j.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** What {@code get}, {@code head}, {@code post}, {@code put} and {@code delete} share: a URL and the options. */
abstract class HttpCommand implements Callable<Integer>, UsesIo {
    @Parameters(index = "0", paramLabel = "URL", description = "An http:// or https:// URL (user:password@ allowed).")
    String url;

    @Mixin
    BackendOption backend;

    @Mixin
    EngineOption engine;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    RequestOptions request;

    @Mixin
    OutputOptions output;

    Io io;

    /** The HTTP verb. */
    abstract String verb();

    /** The request body, or {@code null}. */
    RequestBodySource body() {
        return null;
    }

    @Override
    public void io(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        return new HttpTransfer(io, backend, engine, connection, request, output).run(verb(), url, body());
    }
}
