package io.github.binhdang.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import picocli.CommandLine;

/** A command run in-process with its output and error captured. */
record Run(int code, String out, String err) {

    static Run of(String... args) {
        CommandLine cl = Main.commandLine(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The sample submission shipped in the module's resources. */
    static Path sample() {
        return resource("samples/son-la-2024.csv");
    }

    static Path resource(String name) {
        try {
            return Path.of(Run.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
